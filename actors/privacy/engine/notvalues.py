"""What stands where a secret's value would and is none, for ``validators``: a URL, a licence's or a type's
name, a JCA algorithm, an AWS resource, Oracle's host/service, printf's format, a permission's scope or a config's key, a password
manager's folder, a sentence in a script without spaces."""
from __future__ import annotations

import re
import unicodedata

NOT_A_VALUE = re.compile(r"(?:https?:)?//[\w.\-]+\.[a-z]{2,}(?:/[\w.\-~]{0,20})*/?(?:#[\w.\-]{1,80})?|#[a-z]+(?:-[a-z]+)*|"   # (no long slug: a key)
                         r"(?:Apache|L?GPL|AGPL|MPL|BSD|EPL|CDDL|CC-BY|OFL)-[0-9][\w.+\-]*|(?i:user(?:id|name)?|login|account)=[\w.@\-]+|"   # (userid=host65)
                         r"\[?(?:String|Int|Float|Boolean|ID|DateTime|Date|JSON|Upload|URL|Email)!?\]?!|"   # GraphQL: password: String!
                         r"(?:PBKDF2|PBE|SHA-?[0-9]*|MD[25]|Hmac|HMAC)[A-Za-z0-9\-]*?[Ww]ith[A-Za-z0-9]+(?:And[A-Za-z0-9]+)?|"   # a JCA algorithm's name
                         r"windowsPE|offlineServicing|generalize|specialize|auditSystem|auditUser|oobeSystem|"   # Windows Setup's configuration passes (<settings pass="…">)
                         r"[A-Za-z][A-Za-z ]{0,40}[:>] ?")   # a prompt: getpass("Token: "), askPassword("API key:")
ARN = re.compile(r"(?:arn:)?aws[\w\-]*:[\w\-]+:[\w\-]*:(?:\d{12})?:")
# an AWS resource id: subnet-0a1b…, vpc-…, sg-…, ami-…, i-… (names a thing, opens nothing)
AWS_RESOURCE = re.compile(r"(?:subnet|vpc|sg|ami|i|vol|snap|eni|igw|nat|rtb|acl|eipalloc|lt|tgw|pcx|vpce)-[0-9a-f]{8,17}")
# Oracle's host[:port]/service (a service's name is short: a link's long random slug is a secret, not a path)
EZCONNECT = re.compile(r"(?://[\w.\-]+|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[\w\-]+(?:\.[\w\-]+){2,})(?::[0-9]{1,5})?/[\w.\-]{1,30}")
FORMAT_ONLY = re.compile(r"(?:%[-+ #0]?[0-9]*(?:\.[0-9]+)?[sdifxXq]|\\[nrt])+")
SCOPE = re.compile(r"[a-z][a-z\-]*(?::[a-z][A-Za-z_\-]*)+")     # read:claude_tag, repo:status: a permission's name; Pulumi's apiary:dbPassword
WORD_PATH = re.compile(r"[A-Za-z][a-z]+(?:[/\\][A-Za-z][a-z]+)+")   # Allotments/Vendors: a password manager's folder


def letters_and_marks(value: str) -> bool:
    """Letters and marks alone, but for a sentence's stop at the end (Khmer's "។", Devanagari's "।")."""
    end = len(value)
    while end > 1 and unicodedata.category(value[end - 1])[0] == "P":
        end -= 1
    return all(unicodedata.category(c)[0] in "LM" for c in value[:end])
