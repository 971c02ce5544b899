"""The user's own database: SQLAlchemy models, the engine and its pragmas, migrations."""
