"""Peer Support Desktop: the coordinator's application for a clinician peer-support program."""

__version__ = "0.1.0"
# Reverse-DNS: the desktop entry's name on Linux (so the window finds its icon), the
# AppStream id and the macOS bundle identifier. Installed systems know it: keep it.
APP_ID = "org.peersupportdesktop.PeerSupportDesktop"
