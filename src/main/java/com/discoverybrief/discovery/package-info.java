/**
 * A discovery session: the five key questions a salesperson walks a client through, saved as they
 * type. The aggregate {@link com.discoverybrief.discovery.DiscoverySession} guards its answers;
 * {@link com.discoverybrief.discovery.DiscoveryService} is the only way in, and checks who may see or
 * change what. The wizard and "My sessions" live in {@code ui}.
 */
package com.discoverybrief.discovery;
