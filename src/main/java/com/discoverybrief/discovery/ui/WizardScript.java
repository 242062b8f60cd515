package com.discoverybrief.discovery.ui;

/**
 * The wizard's few lines of browser-side script, installed once per wizard element. It keeps what
 * only the browser can keep:
 * <ul>
 * <li>a copy of every text the user types (localStorage, per user and session) until the server
 * confirms it, so words typed just before a reload, a crash or after the HTTP session expired are
 * offered back the next time the session opens;</li>
 * <li>"Saving…" the moment a key is pressed, and a note to the server when typing pauses, so the
 * indicator always ends on the server's word;</li>
 * <li>the leave-page question while a change is unsaved, and text still waiting in the browser sent
 * before a click outside the wizard (menu, language, logout) starts a navigation;</li>
 * <li>Alt+←/→ as a click on Previous/Next, so a shortcut is guarded exactly like a click;</li>
 * <li>the "busy" look of the step area from the moment a step button is pressed, and after the new
 * step arrived: the top of the page, focus on the step's heading.</li>
 * </ul>
 */
final class WizardScript {

    /** Run with {@code this} = the wizard element, $0 = the indicator, $1 = ms after typing to settle. */
    static final String INSTALL = """
            const wizard = this;
            const indicator = $0;
            if (wizard.__db) {
                return;
            }
            const db = wizard.__db = { user: null, session: null, saving: '', base: {}, timer: null, typing: false };
            const key = () => db.user && db.session ? 'discovery-brief.drafts.' + db.user + '.' + db.session : null;
            const read = () => {
                const k = key();
                if (!k) {
                    return {};
                }
                try {
                    return JSON.parse(localStorage.getItem(k) || '{}') || {};
                } catch (e) {
                    return {};
                }
            };
            const write = drafts => {
                const k = key();
                if (!k) {
                    return;
                }
                try {
                    if (Object.keys(drafts).length) {
                        localStorage.setItem(k, JSON.stringify(drafts));
                    } else {
                        localStorage.removeItem(k);
                    }
                } catch (e) {
                    // storage full or blocked: the server's copy is all there is
                }
            };
            const fieldOf = event => event.composedPath()
                .find(node => node.id && /^(answer|header|note)-/.test(node.id));
            const isText = field => field.localName === 'vaadin-text-area' || field.localName === 'vaadin-text-field';
            wizard.addEventListener('focusin', event => {
                const field = fieldOf(event);
                if (field && isText(field) && !(field.id in read())) {
                    db.base[field.id] = field.value || '';
                }
            });
            wizard.addEventListener('input', event => {
                if (!db.session) {
                    return;
                }
                indicator.textContent = db.saving;
                indicator.setAttribute('data-state', 'saving');
                const field = fieldOf(event);
                const input = event.composedPath()[0];
                if (field && isText(field) && input && typeof input.value === 'string') {
                    const drafts = read();
                    const old = drafts[field.id];
                    drafts[field.id] = {
                        value: input.value,
                        base: old ? old.base : (db.base[field.id] || ''),
                        at: Date.now()
                    };
                    write(drafts);
                }
                db.typing = true;
                clearTimeout(db.timer);
                db.timer = setTimeout(() => {
                    db.typing = false;
                    wizard.dispatchEvent(new CustomEvent('db-settle'));
                }, $1);
            });
            wizard.addEventListener('click', event => {
                const button = event.composedPath().find(node => node.localName === 'vaadin-button'
                    && /^(wizard-next|wizard-previous|step-\\d+)$/.test(node.id || ''));
                if (button && !button.disabled) {
                    wizard.setAttribute('data-busy', '');
                }
            }, true);
            // A click outside the wizard (the menu, the language, logout) sends the text still waiting
            // in the browser first: any event the server listens to carries it along, ahead of the
            // navigation the click starts. So does the tablet hiding the page.
            const flush = () => {
                if (!wizard.isConnected) {
                    window.removeEventListener('click', outside, true);
                    document.removeEventListener('visibilitychange', hidden);
                    return;
                }
                wizard.dispatchEvent(new CustomEvent('db-flush'));
            };
            const outside = event => {
                if (!event.composedPath().includes(wizard)) {
                    flush();
                }
            };
            const hidden = () => {
                if (document.visibilityState === 'hidden') {
                    flush();
                }
            };
            window.addEventListener('click', outside, true);
            document.addEventListener('visibilitychange', hidden);
            const guard = event => {
                if (!wizard.isConnected) {
                    window.removeEventListener('beforeunload', guard);
                    return;
                }
                const state = indicator.getAttribute('data-state');
                const unsaved = ['saving', 'retrying', 'conflict', 'refused'].includes(state)
                    || (state !== 'stopped' && Object.keys(read()).length > 0);
                if (unsaved) {
                    event.preventDefault();
                    event.returnValue = '';
                }
            };
            window.addEventListener('beforeunload', guard);
            const keys = event => {
                if (!wizard.isConnected) {
                    document.removeEventListener('keydown', keys);
                    return;
                }
                if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
                    return;
                }
                const id = event.key === 'ArrowRight' ? 'wizard-next' : event.key === 'ArrowLeft' ? 'wizard-previous' : null;
                if (!id) {
                    return;
                }
                event.preventDefault();
                const button = wizard.querySelector('#' + id);
                if (button && !button.disabled && !event.repeat) {
                    button.click();
                }
            };
            document.addEventListener('keydown', keys);
            db.open = (user, session, saving) => {
                db.user = user;
                db.session = String(session);
                db.saving = saving;
                db.base = {};
            };
            db.confirm = (id, value) => {
                const drafts = read();
                const draft = drafts[id];
                if (draft && (draft.value || '').trim() === (value || '').trim()) {
                    delete drafts[id];
                } else if (draft) {
                    // typed on since: what is left to save now goes on top of what the server holds
                    draft.base = value || '';
                }
                write(drafts);
                // whatever is typed next goes on top of what the server now holds
                db.base[id] = value || '';
            };
            db.discard = ids => {
                const drafts = read();
                ids.forEach(id => delete drafts[id]);
                write(drafts);
            };
            db.drafts = () => JSON.stringify(read());
            db.forget = () => write({});
            db.stepShown = () => {
                wizard.removeAttribute('data-busy');
                // every scroller around the wizard, through slots and shadow roots (the app layout's
                // content area is one, inside its shadow root)
                for (let node = wizard; node; node = node.assignedSlot || node.parentNode || node.host) {
                    if (node.scrollTop) {
                        node.scrollTop = 0;
                    }
                }
                window.scrollTo(0, 0);
                const title = wizard.querySelector('#step-title');
                if (title) {
                    title.setAttribute('tabindex', '-1');
                    title.focus({ preventScroll: true });
                }
            };
            db.idle = () => wizard.removeAttribute('data-busy');
            """;

    private WizardScript() {
    }
}
