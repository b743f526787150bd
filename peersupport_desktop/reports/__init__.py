"""Reports drawn with reportlab: figures in, PDF bytes out. No database access here."""
