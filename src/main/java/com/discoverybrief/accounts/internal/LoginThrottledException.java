package com.discoverybrief.accounts.internal;

import org.springframework.security.core.AuthenticationException;

/** The login was refused without checking the password: too many recent attempts. */
public class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many login attempts; try again later");
    }
}
