"""The coalition hub: one PostgreSQL database many laptops synchronise with (issue 15).

It holds only what the laptops already store: sealed personal data, never a readable
name, address, email or phone. This first part sets a hub up and joins laptops to it:
`address` (TLS required off this machine), `schema` and `migrations/` (the hub's own
Alembic history, apart from the laptop's), `admin` (create, add a laptop, join).
"""
