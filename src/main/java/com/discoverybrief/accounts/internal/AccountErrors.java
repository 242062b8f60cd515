package com.discoverybrief.accounts.internal;

import com.discoverybrief.base.ErrorMessage;
import com.discoverybrief.base.ErrorMessages;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Refused account operations in words, for the application's error handler. */
@Component
class AccountErrors implements ErrorMessages {

    @Override
    public Optional<ErrorMessage> describe(Throwable failure) {
        return failure instanceof AccountException refused
                ? Optional.of(new ErrorMessage(refused.messageKey(), refused.arguments()))
                : Optional.empty();
    }
}
