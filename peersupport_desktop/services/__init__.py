"""What a coordinator does, as functions over an open vault.

Each operation is one transaction, writes one audit entry, and returns plain
dataclasses: the GUI and the command line are two faces of these functions.
"""
