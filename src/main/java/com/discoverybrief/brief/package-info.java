/**
 * The PDF strategy brief the account manager sends to the client: an immutable
 * {@link com.discoverybrief.brief.BriefDocument} (session header, answers, the engine's assessment,
 * the agency's branding and the language) goes in, {@link com.discoverybrief.brief.BriefRenderer}
 * writes a PDF to an {@code OutputStream}. Rendering is plain OpenPDF with embedded fonts only, so
 * every character the client said survives; it knows nothing of JPA or Vaadin, and Spring appears
 * only to bind the agency's branding from {@code brief.agency.*}.
 */
package com.discoverybrief.brief;
