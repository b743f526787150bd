"""The one base class of errors a person may read.

``str(error)`` of a Sayable is one sentence written for the coordinator: it names the
problem and what to do, and never quotes data (a name, a note, a passphrase). The
window shows it and the command line prints it; any other exception is a fault, said
only as "something went wrong" and logged without its text, which might quote data.
"""

from __future__ import annotations


class Sayable(Exception):
    """An error whose text is a sentence to show (see the module)."""
