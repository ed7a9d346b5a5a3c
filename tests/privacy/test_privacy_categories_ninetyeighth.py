"""Categories read after the ninety-eighth and ninety-ninth corpora (bioinformatics and genomics
pipelines; teachers, students and course platforms in programming education) (issue 12, part 61).

- Found: a password by its place among a call's arguments — Django's create_user(name, mail, pw),
  Ruby's PG.connect and libpq's PQsetdbLogin (7th), PHP's oci_connect, Kotlin Exposed's
  Database.connect(url, driver, user, pw), SQLCipher's sqlite3_key, T-SQL's sp_addlinkedsrvlogin (5th),
  C's ldap_simple_bind_s(ld, dn, pw), CouchDB's _config/admins body; a password holding an @ in Go's
  MySQL DSN and in Impacket's domain/user:pw@host (impacket-* commands too); swaks' -ap, HTCondor's
  condor_store_cred -p, VirtualBox's setcredentials, smbget's -U 'DOMAIN\\user%pw'; Canvas LMS tokens,
  Convex deploy keys; a random key that holds "%(" (only %(name)s is a format's stand-in); the word for
  password in Chuvash, Tongan, Ewe, Twi, Bambara, Venda and Tsonga, Lingala and Walloon, and the
  copulas that give it (Zulu's ithi, Wolof's mooy, Breton's eo, Lingala's ezali, Ewe's enye…), after
  Tibetan words run together.
- Kept: a container image's digest in a Sylabs library path (library://…/name:sha256.<hex>), Python's
  %(name)s.

Texts are written here; values are made up. No corpus is read."""
from __future__ import annotations

import random
import string

import pytest

from privacy_support import gone, kept, random_text, word_password

RNG = random.Random(2026_98)
B62 = string.ascii_letters + string.digits


@pytest.mark.parametrize("template", [
    'User.objects.create_user("ta_prof.hale", "prof.hale@example.edu", "{pw}")\n',
    "conn = PG.connect('lms.example.net', 5432, '', '', 'gradebook', 'kim.ta', '{pw}')\n",
    'PGconn *c = PQsetdbLogin("vm.example.edu", "5432", NULL, NULL, "judge", "dlee", "{pw}");\n',
    "$conn = oci_connect('sahmed', '{pw}', 'db.example.edu/LABPDB');\n",
    'Database.connect("jdbc:postgresql://db.example.org/judge", "org.postgresql.Driver", "lnguyen", "{pw}")\n',
    'sqlite3_key(db, "{pw}", 20);\n',
    "EXEC sp_addlinkedsrvlogin 'JUDGEDB', 'false', NULL, 'ta-jordan', '{pw}';\n",
    'rc = ldap_simple_bind_s(ld, "uid=grader01,dc=example,dc=edu", "{pw}");\n',
    "$ curl -X PUT http://127.0.0.1:5984/_node/_local/_config/admins/okafor -d '\"{pw}\"'\n",
    'db, err := sql.Open("mysql", "sahmed:office@{pw}@tcp(db.example.org:3306)/gradebook")\n',
    "$ impacket-smbclient 'LAB/kim.ta:note@{pw}@10.20.3.8'\n",
    "$ swaks --to prof@example.edu --server smtp.example.edu:587 -tls -au noreply -ap {pw}\n",
    "condor_store_cred add -c -p '{pw}'\n",
    '$ VBoxManage controlvm "lab-vm" setcredentials student {pw} LAB\n',
    "smbget -R -U 'SEQ\\\\dfitzgerald%{pw}' smb://seq17.example.com/instruments/run7\n",
    "Лаборатори аккаунчĕн вăрттăн сăмахĕ {pw}, ăна курс чатне ан хурăр.\n",
    "Ko e lea fakapulipuli ʻo e ʻakauni ʻo e lab ko {pw}, kātaki ʻoua ʻe tuku ia.\n",
    "Lab akɔnta ƒe adzamenya enye {pw}, meɖe kuku mègaɖoe ɖe klass ƒe dzeɖoƒe o.\n",
    "Lab akawnt no ahintasɛm ne {pw}, mesrɛ wo nnto no wɔ adesua no nkɔmmɔbea.\n",
    "Lab konti gundo kumaden ye {pw} ye, i ka hakɛ to i kana a bila kalan chat kɔnɔ.\n",
    "Phasiwede ya akhaunthu ya lab ndi {pw}, ri humbela uri ni sa i vhee kha chat.\n",
    "Iphasiwedi yeseva ye-sequencing ithi {pw} , ngicela ungayabelani nomuntu.\n",
    "Liloba ya nkuku ya serveur ya sequencing ezali {pw} , svp kopesa yango na moto moko te.\n",
    "Li scret mot do siervou d' sicwinçaedje, c' est {pw} , nel dijhoz a nolu.\n",
    "<p>ཚོད་ལྟ་ཁང་གི་རྩིས་ཐོའི་གསང་ཚིག་ནི་ {pw} ཡིན།</p>\n",
])
def test_a_password_given_by_its_place_or_its_word_is_found(template):
    pw = word_password(RNG)
    gone(template.format(pw=pw), pw)


@pytest.mark.parametrize("template, make", [
    ("[staff] okafor: for the grader: {t}\n", lambda r: f"{r.randrange(1, 99999)}~{random_text(r, B62, 64)}"),
    ("client = Client('{t}')\n", lambda r: "prod:tidy-heron-401|" + random_text(r, B62 + "_-", 64)),
    ('variable "django_secret_key" {{\n  default = "{t}"\n}}\n', lambda r: "grf0fr%(%k9" + random_text(r, B62 + "@#!+-", 38)),
])
def test_a_token_or_key_is_found(template, make):
    token = make(RNG)
    gone(template.format(t=token), token)


@pytest.mark.parametrize("text", [
    "singularity pull --name fastqc.sif library://lab/qc/fastqc:sha256."
    + "6283d40523075ac8cb62928c5261e592215aab7fe4f25fe2a3b80c9d6a72e093\n",
    "DATABASES = {'default': {'PASSWORD': '%(db_password)s'}}\n",
])
def test_an_image_digest_or_a_named_format_is_kept(text):
    kept(text)
