// context=invoice: `invoice`, a ProcessInvoice to run (with uses=ProcessInvoice, the README's class).
global using static DocContexts.InvoiceContext;

namespace DocContexts;

internal static class InvoiceContext
{
    public static ProcessInvoice invoice { get; } = new() { InvoiceNumber = "INV-42", Amount = 99.5m };
}
