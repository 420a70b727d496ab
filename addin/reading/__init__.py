"""Reading workbooks: what a file really is (sniffing), and the standard project workbook."""
