"""Pure domain rules: no Qt, no SQLAlchemy."""
