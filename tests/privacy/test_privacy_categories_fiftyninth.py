"""Categories read after the fifty-ninth and sixty-first corpora (issue 12, part 48).

- Found: a UI test typing into a password field (XCUITest, Espresso, Maestro); a literal turned into a
  char array (Java's and Kotlin's ``"…".toCharArray()``), the keychain's kSecValueData, SQLCipher's
  getWritableDatabase, Android's addAccountExplicitly, node-forge's pkcs12FromAsn1; a user and password
  after an authentication option (``--proxyauth u:pw``); a setter that takes the user first
  (``setGenericPassword('u', 'pw')``); Gradle's ``getOrElse("…")`` fallback; Objective-C's ``@"…"`` in a
  ``#define``; MSBuild's ``-p:Name=value``; a passcode's variable; a random value after "key, using" or
  "SECRET set, value"; a network device's clear-text secret after its vendor's words (IOS, Junos,
  Huawei, EXOS, tac_plus); kamctl/opensips-cli adding a subscriber; RANCID's .cloginrc; an IRC OPER
  line; telnetlib's write after the password prompt; a constructor given address, user and password;
  Perl's ``->login``; a "shared secret" in prose; Estonian's "parool" and Latvian's "parole" with a site
  code between; a config comment's "value …" under a variable's name; a Zabbix macro's value; an
  element named ``Password_1_``; SecureCRT's ``S:"SMTP password"=…``; a property list's ``<data>``
  and an Android integer-array a text says are encoded; a ROT47 run with unpaired brackets.
- Kept: RevenueCat's public SDK keys (appl_, goog_), an alphabet's toCharArray, an address flag, a git
  author, an IOS type 5 secret (a hash), a Kubernetes secret's name, a version's constructor, a flag
  after "token", keytool's ``env:NAME``, a site's code after "psk", TeamCity's ``credentialsJSON:<id>``,
  a ``<password>`` stand-in closed by another element.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import base64
import random

import pytest

from privacy_support import B62, gone, kept, random_text, word_password

RNG = random.Random(2026_59)


def password() -> str:
    return word_password(RNG)


def token(n: int = 40) -> str:
    return random_text(RNG, B62, n)


@pytest.mark.parametrize("template", [
    'app.secureTextFields["Password"].typeText("{v}")',
    'onView(withId(R.id.password)).perform(typeText("{v}"), closeSoftKeyboard())',
    '- tapOn: "Password"\n- inputText: "{v}"\n',
    'ks.load(FileInputStream("release.jks"), "{v}".toCharArray())',
    'kSecValueData as String: "{v}".data(using: .utf8)!,',
    'val db = helper.getWritableDatabase("{v}")',
    'accountManager.addAccountExplicitly(account, "{v}", null)',
    "const p12 = forge.pkcs12.pkcs12FromAsn1(p12Asn1, '{v}');",
    "mitmproxy --listen-port 8888 --proxyauth qa:{v}",
    "await Keychain.setGenericPassword('qa-user', '{v}');",
    'val pw = providers.gradleProperty("SMTP_PASSWORD").getOrElse("{v}")',
    '#define APPLE_APP_SPECIFIC_PASSWORD @"{v}"',
    "dotnet publish -c Release -p:AndroidSigningKeyPass={v}",
    "$ eas secret:create --name CLEVERTAP_ACCOUNT_PASSCODE --value {v} --type string",
    "enable password level 15 {v}",
    "dot11 ssid NOC\n wpa-psk ascii 0 {v}\n",
    "interface Vlan38\n hsrp 10\n  authentication text {v}\n",
    "radius-server template RT1\n radius-server shared-key cipher {v}\n",
    'set protocols ospf area 0 interface ge-0/0/1.0 authentication md5 1 key "{v}"',
    "configure radius mgmt-access primary server 10.9.1.5 1812 client-ip 10.1.9.9 vr VR-Mgmt shared-secret {v}",
    'user = svc_poller {{\n    login = cleartext "{v}"\n}}',
    "# kamctl add 5103@sip.example.net {v}",
    "# opensips-cli -x user add 8604@sip.example.net {v}",
    "add password *.core.example.net {{{v}}}",
    ":bot!bot@10.9.57.230 OPER nocadmin {v}",
    'tn.read_until(b"Password: ")\ntn.write(b"{v}\\n")',
    'fw = Firewall("10.209.224.149", "admin", "{v}")',
    'using var client = new SshClient("bastion.example.net", "backup", "{v}");',
    "$t->login('tacuser', '{v}');",
    "% note from the last tech: RADIUS shared secret {v}",
    "Tuumikruuteri konsooli parool asukohas POP-FRA1 on {v}, palun ära pane seda piletisse.",
    "Maģistrālā maršrutētāja konsoles parole CO-114 ir {v}, lūdzu, neielīmē to.",
    "<macros>\n  <macro>\n    <macro>{{$SIP_PASSWORD}}</macro>\n    <value>{v}</value>\n  </macro>\n</macros>",
    "<flat-profile>\n  <User_ID_1_>9208</User_ID_1_>\n  <Password_1_>{v}</Password_1_>\n</flat-profile>",
    'S:"Hostname"=pe6.example.net\nS:"SMTP password"={v}\nD:"[SSH2] Port"=00000016',
])
def test_a_password_in_an_api_a_device_or_a_tool_of_its_own_is_found(template):
    value = password()
    gone(template.format(v=value), value)


@pytest.mark.parametrize("template", [
    "blocker: prod build fails without the AWS secret key, using {v} for now",
    "portal wants the auvik api key - using {v} from the van laptop, ok?",
    "Comment: CI needs IAP_SHARED_SECRET set, value {v} — please add it to the vault.",
    "! archived from olt5.example.net\n! integration CLICKSEND_API_KEY\n!   value {v}\n!\ninterface Loopback0",
    'S:"GitHub token"={v}',
])
def test_a_random_value_a_sentence_or_a_comment_line_gives_is_found(template):
    value = token()
    gone(template.format(v=value), value)


def test_a_property_list_data_element_a_text_says_is_base64_is_found():
    value = base64.b64encode(token(30).encode()).decode()
    text = ("For the reviewer's login our backend needs the JWT signing secret; it is given as a property-list "
            f"<data> element (standard Base64 inside):\n<data>{value}</data>\n(internal)")
    gone(text, value)


def test_an_integer_array_of_character_codes_a_text_names_is_found():
    secret = "Tester-" + token(10)
    items = "\n".join(f"    <item>{ord(c)}</item>" for c in secret)
    text = ("The release keystore password, as an Android integer-array resource (each item is a character code):\n"
            f'<integer-array name="k">\n{items}\n</integer-array>\nThanks')
    out = gone(text)
    assert "<item>84</item>" not in out and str(ord(secret[-1])) + "</item>" not in out


def test_a_rot47_run_with_unpaired_brackets_is_found():
    value = "89A0!zBIx#3~=%&{zc9g;2!#$c;a7v)pA>rJ|h&&"
    gone("Mira read out the GitHub token for the backup repo in ROT47 (printable ASCII rotated by 47):\n"
         f"{value}\n(decode before use)", value)


@pytest.mark.parametrize("text", [
    'Purchases.configure(withAPIKey: "appl_' + random_text(RNG, B62, 27) + '")\n// Android: goog_' + random_text(RNG, B62, 27),
    'val HEX = "0123456789abcdef".toCharArray()',
    'val VOWELS = "aeiouAEIOU".toCharArray()',
    "openstack --os-auth-url https://keystone.example.net:5000/v3 server list",
    "git commit --author=jo:abcdef -m fix",
    "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0",
    "kubectl get secret tls-cert-2024 -o yaml",
    'x = Version("1.2.3", "beta", "release1X")',
    "$ echo -n 'x' | gcloud secrets create gitlab-scim-token --replication-policy=automatic --data-file=-",
    "jarsigner -keystore upload.jks -storepass env:KS_PASS app-release.apk upload",
    "set vpn ipsec authentication psk CAB-2217 secret '$PSK_FROM_VAULT'",
    '<param name="env.P4PASSWD" value="credentialsJSON:07ecca51-8d96-4a50-ac33-7d4e2c210a56" />',
    "<pre>\n# copy to .env and fill in\nDATABASE_URL=postgres://<user>:<password>@localhost:5432/app\n</pre>",
])
def test_public_keys_alphabets_addresses_hashes_and_names_are_kept(text):
    kept(text)
