package com.discoverybrief.discovery;

import com.discoverybrief.base.ErrorMessage;
import com.discoverybrief.base.ErrorMessages;
import com.discoverybrief.base.Translations;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** This feature's refusals in words, for the application's error handler. */
@Component
class DiscoveryErrors implements ErrorMessages {

    @Override
    public Optional<ErrorMessage> describe(Throwable failure) {
        if (failure instanceof SessionNotFoundException) {
            return Optional.of(new ErrorMessage("error.session-not-found"));
        }
        if (failure instanceof InvalidInputException invalid) {
            return Optional.of(new ErrorMessage("error.invalid-input", new ErrorMessage(invalid.fieldKey()),
                    new ErrorMessage(invalid.messageKey(), invalid.limit())));
        }
        if (failure instanceof InvalidTransitionException refused) {
            return Optional.of(new ErrorMessage(refused.messageKey(),
                    new ErrorMessage(Translations.enumKey(refused.status()))));
        }
        if (failure instanceof EditConflictException) {
            return Optional.of(new ErrorMessage("error.edit-conflict"));
        }
        return Optional.empty();
    }
}
