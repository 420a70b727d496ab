"""The file floor: what a file really is (sniffing), the package's XML parts, and the file
hosts that read and write .xlsx/.xlsm workbooks. Below reading; imports only the
foundation (docs/architecture.md)."""
