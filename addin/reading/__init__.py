"""Reading the standard project workbook into models, with the reader's findings (what a file
really is, and the file hosts, are one floor below in :mod:`addin.files`)."""
