"""What the user sees: the console, screens (tables), and export formats."""
