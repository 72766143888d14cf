namespace Chancery.Core.Delegations;

/// <summary>The kinds of delegation of Decree 30/2020/NĐ-CP, art. 13.</summary>
public enum DelegationKind
{
    Unspecified = 0,

    /// <summary>Phân công: the head assigns fields and supervised units to a deputy of the same unit, who signs KT.</summary>
    Assignment = 1,

    /// <summary>Ủy quyền: the head authorizes the head of a subordinate unit, for a time and a scope, to sign TUQ.; never onward.</summary>
    Authorization = 2,

    /// <summary>Thừa lệnh: the head lets the head of a subordinate unit or the chief of office sign TL. for named kinds of documents.</summary>
    ByOrder = 3,
}

/// <summary>How a signer signs, as the signature block prints it.</summary>
public enum SigningForm
{
    Unspecified = 0,

    /// <summary>The head signs in their own name.</summary>
    Head = 1,

    /// <summary>TM. (thay mặt): the head of a collective body, on its behalf.</summary>
    OnBehalf = 2,

    /// <summary>KT. (ký thay): a deputy, for the head.</summary>
    ForTheHead = 3,

    /// <summary>TUQ. (thừa ủy quyền).</summary>
    OnAuthorization = 4,

    /// <summary>TL. (thừa lệnh).</summary>
    ByOrder = 5,

    /// <summary>Q.: an acting head (quyền), signing as the head.</summary>
    Acting = 6,

    /// <summary>KT. under TL.: the grantee's deputy, to whom the grantee passed it.</summary>
    ForTheGrantee = 7,
}
