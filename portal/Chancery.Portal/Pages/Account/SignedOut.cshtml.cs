namespace Chancery.Portal.Pages.Account;

public sealed class SignedOutModel : PortalPage;
