"""The outbox: messages built, queued offline, and sent (SMTP, the CRM) when online."""
