"""Disclosure control for everything that leaves the vault.

A publication (a leadership report, a summary export, a records export) is a set of
cells a reader sees, written over the program's true counts (the variables) and the
relations those counts obey. Small categories are grouped first (recoding), counts
from 1 to threshold - 1 are hidden (primary suppression), and then an exact solver
(HiGHS) works out, for every count of people, what a reader holding this and every
earlier publication of the same periods could solve for; more cells are hidden until
none of them can be pinned or bounded inside the small range. Pure Python and
HiGHS: no Qt, no database.
"""
