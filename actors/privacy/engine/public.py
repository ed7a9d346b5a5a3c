"""Values that look like credentials but are public: by design (a publishable key, a site key, an
anonymous-role JWT, a Firebase web config, a minisign public key), or because the vendor or a standard printed them as the
example (jwt.io's token, the GitHub docs' tokens, the Azurite emulator's key, the RFC test vectors).

None of these can belong to a user: a published example is the same string for everyone, and a
public-by-design value is shipped to every browser that loads the page. Anything a user could own
that merely resembles them is still a finding.
"""
from __future__ import annotations

import base64
import json
import re

from .checksums import github_checksum, nats_public_key
from .tokenparts import b64_bytes, macaroon_v2

# Published verbatim by the vendor or a standard, the same for every reader (sources beside each).
PUBLISHED = frozenset({
    # jwt.io's default token
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIy"
    "fQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    # the TOTP seed of every authenticator tutorial ("Hello!" and 0xDEADBEEF in Base32)
    "JBSWY3DPEHPK3PXP",
    # the Azurite / Azure Storage Emulator account key (Microsoft docs)
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    # RFC 2617's digest example's response (user Mufasa, password "Circle Of Life")
    "6629fae49393a05397450978507c4ef1",
    # RFC 7617 ("Aladdin:open sesame") and RFC 6749's example access and refresh tokens
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA",
    # RFC 6749 section 2.3.1's client password and its Basic header; RFC 6750's bearer token
    "7Fjfp0ZBr1KtDRbnfVdmIw", "czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3", "mF_9.B5f-4.1JqM",
    # ... and the Basic header of its section 4.1.3 and 4.4.2 examples (s6BhdRkqt3:gX1fBat3bV)
    "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "gX1fBat3bV",
    # the GitHub REST API docs' token examples (classic hex and the prefixed forms' bodies below)
    "e72e16c7e42f292c6912e7710c838347ae178b4a",
    # Hardhat's and Foundry's (anvil's) local node, account #0: printed at every start of either
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    # NIST SP 800-38A's AES-128 example key (FIPS-197 Appendix A)
    "2b7e151628aed2a6abf7158809cf4f3c",
    # RFC 6238 Appendix B's TOTP test seed
    "12345678901234567890",
    # Microsoft's KMS client setup keys (GVLKs), published for volume activation
    "W269N-WFGWX-YVC9B-4J6C9-T83GV", "MH37W-N47XK-V7XM9-C7227-GCQG9", "NPPR9-FWDCX-D2C8J-H872K-2YT43",
    "DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4", "NW6C2-QMPVW-D7KKK-3GKT6-VCFB2", "2WH4N-8QGBV-H22JP-CT43Q-MDWWJ",
    "TX9XD-98N7V-6WMQ6-BX7FG-H8Q99", "M7XTQ-FN8P6-TTKYV-9D4CC-J462D", "WX4NM-KYWYW-QJJR4-XV3QB-6VM33",
    "VDYBN-27WPP-V4HQT-9VMD4-VMK7H", "WMDGN-G9PQG-XVVXX-R3X43-63DFG", "N69G4-B89J2-4G8F4-WWYCC-J464C",
    "CB7KF-BWN84-R7R2Y-793K2-8XDDG", "WC2BQ-8NRM3-FDDYY-2BFGV-KHKQY",
    # RFC 6070's PBKDF2-HMAC-SHA1 test vectors (derived keys of "password"/"salt" and its variants)
    "0c60c80f961f0e71f3a9b524af6012062fe037a6", "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957",
    "4b007901b765489abead49d926f721d065a429c1", "eefe3d61cd4da4e4e9945b3d6ba2158c2634e984",
    "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038", "56fa6aa75548099dcc37d7f03425e0c3",
    # RFC 3962 Appendix B's (Kerberos AES) PBKDF2 vectors: "password", salt ATHENA.MIT.EDUraeburn, 1/2/1200 rounds
    "cdedb5281bb2f801565a1122b2563515", "cdedb5281bb2f801565a1122b25635150ad1f7a04bb9f3a333ecc0e2e1f70837",
    "01dbee7f4a9e243e988b62c73cda935d", "01dbee7f4a9e243e988b62c73cda935da05378b93244ec8f48a99e61ad799d86",
    "5c08eb61fdf71e4e4ec3cf6ba1f5512b", "5c08eb61fdf71e4e4ec3cf6ba1f5512ba7e52ddbc5e5142f708a31e2e62b1e13",
    # Stripe's API docs' test key
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    # the Kubernetes docs' Secret example (admin / 1f2d1e2e67df), as its manifests write it
    "MWYyZDFlMmU2N2Rm", "1f2d1e2e67df",
    # RFC 8032 (Ed25519) test 1 secret key, also in Wycheproof; RFC 8037 Appendix A.1's JWK "d" of it
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
    # the Telegram Bot API docs' token ("looks something like") and BotFather's in its features page; the
    # Docker Hub mysql image's root password; the MongoDB connection-string docs' percent-encoded password
    "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "my-secret-pw",
    "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
    "D1fficultP%40ssw0rd",
    # Mailgun's API docs' key (the curl examples of its v3 API before its keys took another shape)
    "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
    # RFC 7519 section 3.1's example JWT; the Kubernetes bootstrap-token docs' token and its secret part
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxl"
    "LmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
    "07401b.f395accd246ae52d", "f395accd246ae52d",
    # the Supabase CLI's local stack: the same JWT secret and demo keys on every machine
    "super-secret-jwt-token-with-at-least-32-characters-long",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9"
    ".CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4"
    "MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU",
    # RFC 5849 (OAuth 1.0) section 1.2's client, temporary and token credentials
    "dpf43f3p2l4k3l03", "kd94hf93k423kf44", "hh5s93j4hdidpola", "hdhd0244k9j7ao03", "nnch734d00sl2jdk",
    "pfkkdhi9sl3r4s00",
    # Twitter's "Creating a signature" docs' consumer secret; Slack's request-signing docs' secret;
    # GitHub's webhook-validation docs' test secret; MDN's Basic example (aladdin:opensesame); the
    # pgAdmin container docs' default password
    "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "8f742231b10e8888abcd99yyyzzz85a5", "It's a Secret to Everybody",
    "YWxhZGRpbjpvcGVuc2VzYW1l", "SuperSecret",
    # BIP-32's test vector 1 master key; the Bitcoin wiki's Wallet import format example (hex and WIF); the
    # Azure Cosmos DB emulator's key; Symfony's parameters.yml.dist secret; the SQL Server image docs' password
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
    "0C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D", "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ",
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    "ThisTokenIsNotSoSecretChangeIt", "<YourStrong@Passw0rd>", "YourStrong@Passw0rd", "yourStrong(!)Password",
    # MinIO's public playground (play.min.io, in its client docs); RFC 6238's seed as base32 (authenticator docs)
    "Q3AM3UQ867SPQQA43P2F", "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    # reCAPTCHA v2's automated-test site key and secret (Google's reCAPTCHA FAQ: every check passes)
    "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
    # IEEE 802.11i annex H.4's PSK test vector (passphrase "password", SSID "IEEE")
    "f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e",
    # RFC 5802 section 5's SCRAM example password
    "pencil",
    # BIP-39's first test vector: the seed of "abandon … about" with the passphrase TREZOR
    "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f"
    "001698e7463b04",
})
# Bodies the GitHub docs print after any of ghp_ / gho_ / ghu_ / ghs_ / ghr_.
PUBLISHED_BODIES = ("16C7e42F292c6912E7710c838347Ae178B4a",
                    "1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498")
_PUBLISHED_LONG = tuple(p for p in PUBLISHED if len(p) >= 20) + PUBLISHED_BODIES
# ... as written in a text, around a finding a decoded view made of part of one ("D1fficultP" of "D1fficultP%40ssw0rd")
_PUBLISHED_WRITTEN = tuple(p for p in PUBLISHED if 10 <= len(p) <= 64)
# Prefixes of keys meant to be public: Stripe publishable keys, Mapbox public tokens.
PUBLIC_PREFIXES = ("pk_live_", "pk_test_", "pk.eyJ", "phc_",   # PostHog's project key goes to every browser
                   "NRJS-",   # New Relic's browser key: in every page's loader snippet
                   "rzp_live_", "rzp_test_",   # a Razorpay key id: the checkout page carries it (its secret is apart)
                   "sb_publishable_",          # Supabase's publishable key
                   "sub-c-", "pub-c-",         # PubNub's subscribe and publish keys: every client holds them (its secret is sec-c-)
                   "nodekey:", "discokey:", "mkey:",   # Tailscale's public keys, as its status prints them
                   "appl_", "goog_", "amzn_", "strp_",   # RevenueCat's public SDK keys: built into every copy of the app
                   "pk_sbox_", "sq0idp-", "sandbox-sq0idb-",      # Checkout.com's public key, Square's application id: both go to the payment page
                   "cnon:",                    # a Square card nonce: the payment form's single-use token for one card
                   "live_pub_", "test_pub_",   # a key whose own prefix says it is the public one, for a payment page's fields
                   "link-production-", "link-sandbox-", "link-development-",   # Plaid's link token: made for the browser's Link flow
                   # a SubjectPublicKeyInfo in base64: EC P-256, RSA 2048 and 4096, Ed25519, X25519 public keys
                   "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
                   "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA", "MCowBQYDK2VwAyEA", "MCowBQYDK2VuAyEA")
# Browser SDKs' set-up calls: what they take is shipped to every page (Paddle's client-side token,
# LaunchDarkly's client-side id and its user's key, Statsig's client key, analytics project tokens,
# DocSearch's search key)
BROWSER_SETUP = ("Paddle.Initialize(", "Paddle.Setup(", "LDClient.initialize(", "Statsig.initialize(", "mixpanel.init(",
                 "amplitude.init(", "posthog.init(",
                 "docsearch(",     # Algolia DocSearch: its apiKey is the index's search-only key
                 "analytics.load(",   # Segment's write key: its snippet loads with it in every page
                 "GhostContentAPI(",   # Ghost's Content API key: read-only published content, made for the page
                 "OtaClient(",         # Crowdin's over-the-air distribution hash: in every copy of the app
                 "mapboxgl.accessToken")   # Mapbox GL JS takes only a public token (a secret one is refused)
# Values that only point at a secret kept elsewhere (a secret manager, an encrypted store).
REFERENCE_PREFIXES = ("op://", "vault:", "vault://", "ssm:", "sm://", "gcp-secret://", "azurekeyvault://",
                      "keyvault:", "@microsoft.keyvault(", "doppler://", "infisical://", "{{resolve:",
                      "arn:aws:secretsmanager:", "arn:aws:ssm:", "enc[", "$ansible_vault;", "projects/",
                      "ej[1:", "encrypted:",   # EJSON and dotenvx ciphertext: encrypted to a key kept elsewhere
                      "env:",   # keytool's and openssl's -storepass env:NAME, -passin env:NAME: read from a variable
                      "credentialsjson:",   # TeamCity's credentialsJSON:<id>: a token kept in its store
                      "ref+")   # vals' (helmfile's) ref+awsssm://…, ref+vault://…: where the secret is read from
# ... as written before the part a syntax took as the value (credentialsJSON:<id> gives the id alone)
_REFERENCE_HEADS = tuple(p for p in REFERENCE_PREFIXES if p.endswith(":"))
_PUBLIC_HEADS = tuple(p for p in PUBLIC_PREFIXES if p.endswith(":"))
# Words in a key's name that say the value is public.
PUBLIC_KEY_WORDS = ("public", "pubkey", "pub_key", "pub-key", "publishable", "sitekey", "site_key", "site-key", "anon_key", "anonkey",
                    "anon-key", "search_only", "search-only", "searchonly", "clientkey", "data-client-key",   # Adyen's client key
                    "searchkey",    # a front end's searchKey (Algolia's search-only key; not a search API's key: Brave's, Tavily's)
                    "storefront_token", "storefront_access_token", "storefrontaccesstoken",   # Shopify's Storefront API token
                    "applicationserverkey", "vapid_public", "vapidpublic")   # Web Push's VAPID public key
# The name a value is assigned to, right before it: ``VITE_FIREBASE_API_KEY=``, ``"searchOnlyKey": "``.
_ASSIGNED = re.compile(r"[\\\"'`]*[ \t]*(?:=|:|=>)[ \t]*[\\\"'`]*$")
_KEY_OVER_VALUE = re.compile(r"<key>([\w.\-]+)</key>[ \t]*\r?\n?[ \t]*<string>$|"   # (or a Kubernetes env's name over its value)
                        r"\bname:[ \t]*[\"']?([\w.\-]+)[\"']?[ \t]*\r?\n[ \t]*value:[ \t]*[\"']?$")
_NAME = re.compile(r"[\\\"'`]*([\w.\-]+)")
_NAMED_PUBLIC = tuple(w.replace("-", "_") for w in PUBLIC_KEY_WORDS if w != "public" and "-" not in w)


_FAIR_SEED = re.compile(r"(?i:client[ _\-]?seed|seed[ _\-]?hash|server[ _\-]?seed[ \t]*\(hashed\)|hashed[ _\-]?server[ _\-]?seed)"
                        r"[\"']?[ \t]*[:=][ \t]*[\"']?$")
_SOPS_FIELDS = re.compile(r"ENC\[[A-Z0-9_]+,(?:[a-z]+:[^,\]\s]*,)*[a-z]+:$")
_AIS_SENTENCE = re.compile(r"[!$][A-Z]{2}VD[MO],[0-9],[0-9],[0-9]?,[A-Z0-9]?,[^,\s]*$")
_ALTCHA_FIELD = re.compile(r'"(?:salt|signature|challenge)"[ \t]*:[ \t]*"?$')


def _name_before(before: str) -> str:
    """The name right before a value and its ``=``, ``:`` or ``=>`` (spaces and quotes around them),
    lowercase with '_' for '-' ("" when there is none): ``X-Pusher-Key: ``, ``"searchOnlyKey": "``, a property list's
    ``<key>MapsBrowserKey</key> <string>``, a Kubernetes env's ``- name: ALGOLIA_SEARCH_KEY`` over ``value: ``."""
    plist = _KEY_OVER_VALUE.search(before)      # (a property list's <key>name</key> over its <string>)
    if plist:
        return (plist.group(1) or plist.group(2)).lower().replace("-", "_")
    assigned = _ASSIGNED.search(before)
    if assigned is None:
        return ""
    head = before[:assigned.start()]
    named = _NAME.fullmatch(head[max(head.rfind(c) for c in " \t\n,;{(") + 1:])
    return named.group(1).lower().replace("-", "_") if named else ""


# Braintree's tokenization key: made for the browser's client SDK
_BRAINTREE_TOKENIZATION = re.compile(r"(?:sandbox|production)_[a-z0-9]{8}_[a-z0-9]{16}")
# an age recipient: a public key in bech32 (its secret half is AGE-SECRET-KEY-1…)
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
# Ciphertext a password manager or browser stores, encrypted to a key kept elsewhere: Bitwarden's
# EncString (type.iv|data|mac, base64) and Firefox's logins.json (NSS's DER, its key id f8 00…01)
_CIPHERTEXT = re.compile(r"[0-9]\.[A-Za-z0-9+/]{16,}={0,2}\|[A-Za-z0-9+/]{16,}={0,2}(?:\|[A-Za-z0-9+/]{16,}={0,2})?|"
                         r"M[A-Za-z0-9+/]{2}EEPgAAAAAAAAAAAAAAAAAAAE[A-Za-z0-9+/]+={0,2}|"
                         r"AQICAH[A-Za-z0-9+/]{80,}={0,2}|"     # an AWS KMS CiphertextBlob (its version and key-id header)
                         r"[0-9]:[23]:[A-Za-z0-9+/]{20,}={0,2}|"   # Magento's encrypted config value (key version:cipher:data)
                         r"U2FsdGVkX1[A-Za-z0-9+/]{20,}={0,2}|"   # openssl enc's output ("Salted__", its salt, then ciphertext)
                         r"01000000[dD]08[cC]9[dD][dD][fF]0115[dD]1118[cC]7[aA]00[cC]04[fF][cC]297[eE][bB][0-9a-fA-F]*|"   # a DPAPI blob
                         r"AQAAANCMnd8BFdERjHoAwE/Cl\+[A-Za-z0-9+/]*={0,2}")   # ... in base64


# ActiveSupport::MessageEncryptor's AES-GCM output: data--iv--tag (only a credentials file's is public: an
# encrypted session cookie has the same shape)
_RAILS_ENCRYPTED = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}--[A-Za-z0-9+/]{16}--[A-Za-z0-9+/]{22}==")


# an Ethereum address (20 bytes) where the text says it is one: where funds are sent, printed on every
# block explorer (a key is 32 bytes; an hCaptcha secret has the same shape, so only where it is said)
_ETH_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
# a password manager's command that looks an item up by name: what follows is the name, not the secret
_STORE_LOOKUP = re.compile(r"(?:\bbw[ \t]+get[ \t]+(?:password|item|username|totp|notes)|\b(?:go)?pass[ \t]+show|\bop[ \t]+item[ \t]+get|"
                           r"\blpass[ \t]+show(?:[ \t]+--[\w\-]+)*|\bkeepassxc-cli[ \t]+show(?:[ \t]+-\S+)*[ \t]+\S+\.kdbx)[ \t]+[\"']?$")
_VAULT_REFERENCE = re.compile(r"/subscriptions/[0-9a-fA-F\-]{36}/resourceGroups/[^/\s]+/providers/Microsoft\.KeyVault/vaults/", re.I)
_DIGEST = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_KEY_ID = re.compile(r"(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})")
# a value piped into a store's command that names the variable it sets (the name says what the value is)
_PIPED_INTO = re.compile(r"['\"]?[ \t]*\|[ \t]*(?:(?:npx|bunx)[ \t]+)?(?:vercel[ \t]+env[ \t]+add|gh[ \t]+secret[ \t]+set|"
                         r"netlify[ \t]+env:set|wrangler[ \t]+(?:pages[ \t]+)?secret[ \t]+put|doppler[ \t]+secrets[ \t]+set)[ \t]+(\w+)")
# (not _URL: a webhook's is one; not …KEY_ID: a key's id goes with its key, as a companion)
_NOT_SECRET_NAMES = ("_ID", "_USER", "_USERNAME", "_ORG", "_HOST", "_REGION", "_NAME", "_EMAIL")
_TICKET_PASS = re.compile(r"(?i)\b(?:scan(?:ned)?|day|season|bus|boarding|guest|visitor|member(?:ship)?|ski|gym|gate|event|festival|parking|"
                          r"pitch|crew|staff|press|vip|trader)[ _\-]?pass(?:[ \t]*[=:#]|[ \t]+(?:no\.?|number)?)[ \t]*$")
# what stands before an OpenPGP key's id: git's user.signingkey, gpg's key options, "long id"
_KEY_ID_BEFORE = re.compile(r"(?i)\bsigningkey[ \t]*=[ \t]*[\"']?$|"
                            # gpg --recv-keys ID, apt-key adv --recv-key ID, "long id `ID`": an OpenPGP key's id
                            r"\b(?:gpg2?|apt-key|gpgv)\b[^\r\n]{0,80}?--(?:recv-keys?|search-keys?|edit-key|l?sign-key|default-key|"
                            r"local-user|trusted-key|delete-keys?|export|fingerprint|list-keys)(?:[ \t]+(?:0x)?[0-9A-Fa-f]{8,40})*[ \t]+$|"
                            r"\b(?:long|short)[ \t]+(?:key[ \t]+)?id[ \t:=]*`?$")
_LISTED = re.compile(r"[ \t]+\*?[^\s][^\r\n]*\r?\n[0-9a-f]{40}(?:[0-9a-f]{24})?[ \t]")
_DIGEST_COLUMN = re.compile(r"(?m)^(?:[ \t]*>)*[ \t]*NAME[ \t]+DIGEST\b")      # fly secrets list's header (quoted in a mail too)
_REJECTED = re.compile(r"(?i)\b(?:rejected|refused|invalid|mismatch)\b")
_FAILED_CHECK = re.compile(r"(?i)(?<![a-z])(?:checksum|check[ _\-]?(?:digit|value|sum|char|symbol|mismatch)|bad[ _\-]check|crc(?:8|16|24|32)?\b|luhn|damm|verhoeff|fnv)")
_MUST_BE_REJECTED = re.compile(r"(?i)\b(?:must|should|are[ \t]+to)[ \t]+be[ \t]+rejected\b[^\r\n]*")   # a test's fixtures, its header says
_BLURHASH = re.compile(r"(?i)blur_?hash[\"']?[ \t]*[:=][ \t]*[\"'][^\"'\r\n]*$")   # an image's placeholder, in the page
_PUBLIC_KEY_LABEL = re.compile(r"(?i)(?:\b(?:pub(?:lic)?[ _\-]?key|storefront[ _\-]?(?:access[ _\-]?)?token)\b(?:[ \t]*\([^()\r\n]{1,40}\))?|"
                               r"\((?:public|publishable)\b[^()\r\n]{0,30}\))[ \t]*[:=][ \t]*[\"'`]?$")
_KEY_TOKEN = re.compile(r"(?i)(?:\b|\\n)public[ _]?key[ _]?token[\"']?[ \t]*(?:is|=|:)[ \t]*[\"']?$")   # .NET's strong name
_DOMINO_HASH = re.compile(r"G[A-Za-z0-9+/]{20}|H[A-Za-z0-9+/]{20,60}|[0-9A-F]{32}")
_PIHOLE_HASH = re.compile(r"\bWEBPASSWORD[ \t]*=[ \t]*$")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_ADDRESS_WORDS = ("contract", "address", "etherscan", "wallet", "recipient", "deployed at")
# ids that go with a secret kept apart: LiveKit's API key (its secret is the API secret), Pusher's app
# key (in every client that connects; its secret signs)
_LIVEKIT_KEY_ID = re.compile(r"API[A-Za-z0-9]{12}")
_PUSHER_APP_KEY = re.compile(r"[0-9a-f]{20}")
# a line that calls a Google key a browser key held to web pages (its HTTP-referrer restriction)
# (or a browser key's name on a line that says it is referrer-restricted: mapsBrowserKey: "…", // HTTP-referrer restricted)
_REFERRER_KEY = re.compile(r"(?i)\bbrowser[ \t]+(?:api[ \t]+)?key\b[^\r\n]{0,80}?\brestricted[ \t]+to[ \t]+(?:https?://|\*\.)|"
                           r"browser[ _\-]?(?:api[ _\-]?)?key\b[^\r\n]{0,120}?\brefer+er[ \t\-]+restricted|"
                           r"\brefer+er[ \t\-]+restricted[ \t]+to[ \t]+(?:https?://|\*\.)")   # (a comment beside the key)


# a Google OAuth client's id: in every app and page that signs in with it (its secret is GOCSPX-…)
# an Azure Key Vault secret's identifier (its name and version): where the secret is kept, not the secret
_KEY_VAULT_URI = re.compile(r"https://[\w\-]+\.vault\.azure\.net/(?:secrets|keys|certificates)/[\w\-]+(?:/[0-9a-fA-F]{32})?/?")
_FIREBASE_WEB_APP = re.compile(r"\b1:[0-9]{6,}:web:[0-9a-f]{6,}")
_GOOGLE_CLIENT_ID = re.compile(r"[0-9]{6,}-[a-z0-9]{20,40}\.apps\.googleusercontent\.com")

# a map tile URL template's key parameter: the browser fetches every tile with it (MapTiler's, Thunderforest's)
_TILE_URL_KEY = re.compile(r"\{z\}/\{x\}/\{y\}[^\s\"'?]*\?(?:[\w\-]+=[^&\s\"']*&)*(?:key|apikey|api_key|access_token)=$")

_PAGE_ATTRIBUTE = re.compile(r"<[a-z][\w\-]*\b[^<>]*\sdata-[\w\-]*key=[\"']$", re.IGNORECASE | re.DOTALL)


def is_public(value: str) -> bool:
    """A value that is public whatever its context."""
    v = value.strip().strip("\"'`")
    if _BRAINTREE_TOKENIZATION.fullmatch(v) or _AGE_RECIPIENT.fullmatch(v) or _CIPHERTEXT.fullmatch(v) or _GOOGLE_CLIENT_ID.fullmatch(v) or nats_public_key(v) \
            or _signify_public_key(v) or _ec_public_point(v) or _KEY_VAULT_URI.fullmatch(v):
        return True
    if v in PUBLISHED or v.startswith(PUBLIC_PREFIXES) or v.lower().startswith(REFERENCE_PREFIXES):
        return True
    if any(p in v for p in _PUBLISHED_LONG):        # also where a syntax took a delimiter with it
        return True
    if len(v) >= 200 and v.startswith("Ag") and not v.strip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") and not macaroon_v2(v):
        return True            # a SealedSecret's ciphertext: encrypted to the cluster, not a secret (a macaroon is one)
    return v.startswith("eyJ") and _public_jwt(v)


def _signify_public_key(value: str) -> bool:
    """A minisign or signify public key: "Ed", an 8-byte key id and a 32-byte Ed25519 key, in base64 (``RWQ…``,
    56 characters; the secret key's file is longer and says it is one)."""
    raw = b64_bytes(value) if len(value) == 56 and value.startswith("RW") else None
    return raw is not None and len(raw) == 42 and raw.startswith(b"Ed")


def _ec_public_point(value: str) -> bool:
    """An uncompressed elliptic-curve point (0x04, then x and y: 65 bytes for P-256 and secp256k1) in base64url or
    base64 — a Web Push VAPID public key, a wallet's public key; the private key is the 32 bytes beside it."""
    raw = b64_bytes(value, urlsafe=True) if len(value) in (87, 88) and value[0] == "B" else None
    return raw is not None and len(raw) == 65 and raw[0] == 4


def _public_jwt(token: str) -> bool:
    """A JWT whose claims give it the anonymous role (Supabase's anon key is meant for browsers), or a
    PASSporT (RFC 8225: STIR/SHAKEN's signed caller attestation, sent to every carrier a call crosses)."""
    parts = token.split(".")
    if len(parts) < 2:
        return False
    header, claims = (_json_segment(part) for part in parts[:2])
    return (isinstance(claims, dict) and claims.get("role") == "anon") or \
        (isinstance(header, dict) and str(header.get("typ", "")).lower() == "passport")


def _json_segment(part: str) -> object:
    try:
        return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (ValueError, UnicodeDecodeError):
        return None


def _inside_published(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a published value written in ``text``."""
    origin = max(0, start - 64)
    window = text[origin:start + 64]
    for p in _PUBLISHED_WRITTEN:
        i = window.find(p)
        while i >= 0:
            if origin + i <= start < origin + i + len(p):
                return True
            i = window.find(p, i + 1)
    return False


_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]+={0,2}")
# PEM blocks whose body is public: a certificate, its request or revocation list, a public key
_PUBLIC_ARMOUR = ("CERTIFICATE-----", "CERTIFICATE REQUEST-----", "X509 CRL-----", "PUBLIC KEY-----", "RSA PUBLIC KEY-----",
                  "PGP PUBLIC KEY BLOCK-----", "PGP SIGNATURE-----", "SSH2 PUBLIC KEY ----")


def _inside_public_armour(text: str, start: int) -> bool:
    """Whether ``start`` lies on a base64 line of a public PEM block's body (within 16 KB of its BEGIN
    line): such a line may look like a password. (Only a body's line: a ``password: …`` written
    under an unclosed BEGIN line is still read.)"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if not _BASE64_LINE.fullmatch(text[line_start:line_end if line_end >= 0 else len(text)].strip()):
        return False
    begin = text.rfind("-----BEGIN ", max(0, start - 16384), start)
    if begin < 0 and (begin := text.rfind("---- BEGIN ", max(0, start - 16384), start)) < 0:
        return False
    head = text[begin + 11:begin + 40]
    return head.startswith(_PUBLIC_ARMOUR) and text.find("-----END ", begin, start) < 0 \
        and text.find("---- END ", begin, start) < 0


def public_in_context(value: str, text: str, start: int) -> bool:
    """A value public by where it stands: a SealedSecret's ciphertext, what a browser SDK's set-up
    call takes, any key whose name calls it public or search-only, a
    Google API key named for Firebase or inside a Firebase web or app config
    (``google-services.json``'s ``current_key``), in the Maps JavaScript loader a page ships, in
    an Android manifest's Maps key (restricted to the app's signature, shipped in every APK), named a
    browser key, or on a line (or under one) that calls it a browser key restricted to a site's pages; a
    listing's digest of a secret (fly secrets list), an assembly's public key token, a picture's BlurHash, a map
    tile URL's key;
    an OpenPGP key's id; a ticket's pass number; a value piped into a store's variable its name calls an id; a value a
    log line says was rejected for a failed check (a checksum, a check digit)."""
    if "encryptedData" in text[max(0, start - 4000):start] and (     # (a few long ciphertexts may stand between)
            "SealedSecret" in text or "bitnami.com" in text or (value.startswith("Ag") and len(value) >= 100)):
        return True            # a SealedSecret's data: encrypted to the cluster's key, not a secret
    if any(call in text[max(0, start - 200):start] for call in BROWSER_SETUP):
        return True
    around = text[max(0, start - 300):start + 300]
    if '"maxnumber"' in around and '"challenge"' in around and _ALTCHA_FIELD.search(text[max(0, start - 40):start]):
        return True            # an ALTCHA challenge: its salt and signature go to the browser to be solved
    if _inside_published(text, start) or _inside_public_armour(text, start):
        return True
    if '"encryptionAlgorithm"' in text[max(0, start - 300):start + len(value) + 200]:
        return True            # a Power BI gateway's credentials: RSA-OAEP ciphertext to the gateway's public key
    before = text[max(0, start - 80):start]
    low = before.lower()
    if low.endswith(_PUBLIC_HEADS):
        return True            # mkey:<hex>: a syntax took the public key's prefix for a name
    head = next((h for h in _REFERENCE_HEADS if low.endswith(h)), "")
    if head and not before[:-len(head)][-1:].isalpha():
        return True            # credentialsJSON:<id>, vault:<path>: the value names where the secret is kept (not "unencrypted:")
    if before.endswith("ENC(") and text.startswith(")", start + len(value)):
        return True            # Jasypt's ENC(…): ciphertext, its password kept elsewhere
    if _RAILS_ENCRYPTED.fullmatch(value) and ".yml.enc" in before:
        return True            # Rails' credentials.yml.enc (data--iv--tag): ciphertext, its key in master.key
    if _BLURHASH.search(before):
        return True            # a BlurHash: the blurred preview of a picture, public wherever the picture is
    if _TILE_URL_KEY.search(before):
        return True            # a map tile URL's key ({z}/{x}/{y}…?key=): in every page that draws the map
    if _KEY_TOKEN.search(before):
        return True            # an assembly's public key token (sn -T, PublicKeyToken=…): the hash of its public key
    if _PUBLIC_KEY_LABEL.search(before) and not value.startswith("-----"):
        return True            # "Ed25519 public key (hex): …", "VAPID public key (sent to browsers): …", "… token (public): …"
    line_end = text.find("\n", start)
    named = _PIPED_INTO.search(text, start, line_end if line_end >= 0 else len(text))
    if named and named.group(1).upper().endswith(_NOT_SECRET_NAMES) and not named.group(1).upper().endswith("KEY_ID"):
        return True            # printf '%s' 'x' | vercel env add OKTA_CLIENT_ID: what the variable it sets holds
    if value.isdigit() and _TICKET_PASS.search(before):
        return True            # scan pass=7975092727, day pass: 0741…: a ticket's number, not a password
    if _KEY_ID.fullmatch(value.rstrip("`")) and _KEY_ID_BEFORE.search(before):
        return True            # git's user.signingkey, gpg --recv-keys: the id of a GPG key, not the key
    if _PIHOLE_HASH.search(before) and _HEX64.fullmatch(value):
        return True            # Pi-hole's setupVars.conf: WEBPASSWORD holds the password's double SHA-256
    if "httppassword" in low and before.endswith("(") and text.startswith(")", start + len(value)) and _DOMINO_HASH.fullmatch(value):
        return True            # a Domino person's HTTPPassword: (G…), (H…) or (hex), its hash in the parentheses Notes writes
    if (start == 0 or text[start - 1] == "\n") and _DIGEST.fullmatch(value) and _LISTED.match(text, start + len(value)):
        return True            # a git log or a sha256sum listing: commit ids or digests, each line a name after one
    if _VAULT_REFERENCE.match(value):
        return True            # an Azure Key Vault secret's resource ID: where the secret is kept
    if _STORE_LOOKUP.search(before):
        return True            # bw get password nas-7, pass show mail/work: the item's name, its secret printed below
    line = before[before.rfind("\n") + 1:]
    if _DIGEST_COLUMN.search(text, max(0, start - 2000), start) and re.fullmatch(r"(?:[ \t]*>)*[ \t]*[\w.\-]+[ \t]+", line):
        return True            # fly secrets list: each secret's name and a digest of it, never the value
    if _SOPS_FIELDS.search(line):
        return True            # SOPS's ENC[AES256_GCM,data:…,iv:…,tag:…]: ciphertext, its key kept elsewhere
    end = line_end if line_end >= 0 else len(text)
    failed = _FAILED_CHECK.search(text, start - len(line), end)     # (the header's 2,000 characters read only when needed)
    if ((_REJECTED.search(line) and failed) or ((header := _MUST_BE_REJECTED.search(text, max(0, start - 2000), start))
                                                and (failed or _FAILED_CHECK.search(header[0])))) and not github_checksum(value):
        return True            # "rejected token=… reason=checksum": a log of a value its format's check refused; no service
        # takes it (but one whose checksum holds, a GitHub or npm token's, was not refused for it: the line lies); a test's
        # fixtures under "every value here must be REJECTED", each for a failed check
    if _FAIR_SEED.search(before) or _AIS_SENTENCE.search(line):
        return True            # a provably fair round's client seed and the hash of its server seed: shown to the player;
        # an AIS sentence's payload: ships' positions in six-bit armour, broadcast on the air
    if _ETH_ADDRESS.fullmatch(value) and any(w in low for w in _ADDRESS_WORDS):
        return True            # "Token contract (verified on Etherscan): 0x…": an address
    if any(w in low.replace("-", "_") for w in _NAMED_PUBLIC) and any(w in _name_before(before) for w in _NAMED_PUBLIC):
        return True            # ALGOLIA_SEARCH_ONLY_KEY: a vendor key its own name calls public
        # (not NEXT_PUBLIC_OPENAI_KEY: a secret put where the browser sees it is still a secret)
    if _LIVEKIT_KEY_ID.fullmatch(value):       # LIVEKIT_API_KEY=API…: the id beside the API secret
        return "livekit" in _name_before(before) or "api secret" in text[start + len(value):start + len(value) + 80].lower()
    if _PUSHER_APP_KEY.fullmatch(value):       # X-Pusher-Key: …: in every client that connects; its secret signs
        name = _name_before(before)
        return "pusher" in name and "secret" not in name
    if not value.startswith("AIza"):
        return False
    if '"firebase"' in low and _FIREBASE_WEB_APP.search(text, start, start + 600):
        return True            # {"firebase": {"apiKey": …, "appId": "1:…:web:…"}}: a web app's config, in the page
    if "firebase" in low and (name := _name_before(before)) and "firebase" in name \
            and not any(w in name for w in ("server", "admin", "fcm")):
        return True            # VITE_FIREBASE_API_KEY: a Firebase web config bundled into the page (not FCM's server key)
    if "browser" in _name_before(before):
        return True            # mapsBrowserKey: "AIza…": a key its name says is made for web pages (which ship it)
    window = text[max(0, start - 400):start + 400]
    before = text[max(0, start - 40):start]
    line_start = text.rfind("\n", 0, start) + 1      # (with the two lines above: a comment over the key, or over
    above = text.rfind("\n", 0, max(0, line_start - 1))   # the object that holds it, says so too)
    line = text[text.rfind("\n", 0, max(0, above)) + 1:line_end if line_end >= 0 else len(text)]
    return ("authDomain" in window or "firebaseapp.com" in window or '"current_key"' in before
            or "maps.googleapis.com/maps/api/js?" in text[max(0, start - 200):start]
            or "com.google.android.geo.API_KEY" in text[max(0, start - 120):start]
            or "com.google.android.maps.v2.API_KEY" in text[max(0, start - 120):start]
            or "<string name=" in text[max(0, start - 120):start]     # res/values/strings.xml ships in the APK
            or _PAGE_ATTRIBUTE.search(text, max(0, start - 400), start) is not None   # <div data-maps-key="…">: in the page
            or _REFERRER_KEY.search(line) is not None)
