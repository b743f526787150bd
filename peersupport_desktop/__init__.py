"""Peer Support Desktop: the coordinator's application for a clinician peer-support program."""

__version__ = "0.1.0"
