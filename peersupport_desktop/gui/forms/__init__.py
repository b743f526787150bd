"""Compiled Designer forms (see ui/compile_forms.py)."""
