"""One page per file: the kiosk's sign-in form and thank-you, set-up, the volunteer view."""
