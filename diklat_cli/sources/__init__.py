"""Where input comes from: files, folders and stdin, web pages, and diklat's own exports."""
