package com.discoverybrief.review;

/** The actor's roles do not include reviewing (or, for statistics, leading); views show the not-found page. */
public class ReviewAccessDeniedException extends RuntimeException {

    public ReviewAccessDeniedException(String username) {
        super("No review access for " + username);
    }
}
