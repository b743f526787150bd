"""The window: Qt widgets over the services. Widgets never touch the database directly."""
