"""The vault: one SQLCipher 4 file, reached through SQLAlchemy."""
