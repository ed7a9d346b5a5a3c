"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import random, hashlib, hmac, base64
from common import s, hx, uid, Filler, ALNUM, B64, LOWER_ALNUM, UPPER_ALNUM

SEED = 5206


def pem_body(r, n):
    raw = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


BASE = {
 "public_key_or_certificate": {
  "burp_proxy_ca_cert_pem": lambda r, f: "Install the proxy CA on the test laptop (public certificate, safe to share):\n-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % pem_body(r, 180),
  "ssh_known_hosts_ed25519_lines": lambda r, f: "\n".join("%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (f.ip(), s(r, 43, B64)) for _ in range(3)),
 },
 "placeholder_or_redacted": {
  "pentest_evidence_redaction_marks": lambda r, f: "Evidence 3.%d (host %s)\n  DB_PASSWORD=[REDACTED BY TESTER]\n  API_KEY=\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588" % (r.randint(1, 20), f.host()),
  "siem_parser_template_placeholders": lambda r, f: "output.elasticsearch:\n  username: \"${ES_USER}\"\n  password: \"<fill-in-from-vault>\"\n  api_key: \"%s\"" % r.choice(["CHANGE_ME", "<api-key-here>", "xxxxxxxxxxxxxxxx", "TODO"]),
 },
 "digest_or_checksum": {
  "ioc_sha256_file_hash_feed": lambda r, f: "sha256,filename,first_seen\n" + "\n".join("%s,%s.exe,%s" % (hx(r, 64), s(r, 6, LOWER_ALNUM), f.ts()) for _ in range(3)),
  "disk_image_chain_of_custody_hashes": lambda r, f: "Item %s  image.E01\nMD5:  %s\nSHA1: %s\nAcquired by %s" % (f.case(), hx(r, 32), hx(r, 40), f.user()),
 },
 "password_hash_not_plaintext": {
  "shadow_sha512crypt_excerpt": lambda r, f: "\n".join("%s:$6$%s$%s:20%d:0:99999:7:::" % (f.user().replace(".", ""), s(r, 16, ALNUM + "./"), s(r, 86, ALNUM + "./"), r.randint(100, 530)) for _ in range(2)),
  "webapp_bcrypt_user_dump_rows": lambda r, f: "id|email|password_hash\n" + "\n".join("%d|%s@acme-sec.example|$2b$12$%s" % (r.randint(1, 999), f.user(), s(r, 53, ALNUM + "./")) for _ in range(2)),
 },
 "masked_partial_value": {
  "har_sanitizer_masked_headers": lambda r, f: "\"headers\": [{\"name\": \"Authorization\", \"value\": \"Bearer ********\"}, {\"name\": \"Cookie\", \"value\": \"session=[scrubbed]\"}]  // from %s" % f.host(),
  "password_audit_report_masked_column": lambda r, f: "Site | user | password | strength\n%s | %s | \u2022\u2022\u2022\u2022\u2022\u2022\u2022%s | weak (reused 3x)" % (f.host(), f.user(), s(r, 2)),
 },
 "ciphertext_or_sealed_value": {
  "age_armored_evidence_file": lambda r, f: "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----" % pem_body(r, 150),
  "pgp_encrypted_report_excerpt": lambda r, f: "Final report for %s (encrypted to the client key):\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----" % (f.case(), pem_body(r, 160), s(r, 4, B64)),
 },
 "uuid_or_request_identifier": {
  "edr_detection_id_table": lambda r, f: "detection_id                          | host\n" + "\n".join("%s | %s" % (uid(r), f.host()) for _ in range(3)),
  "cloud_audit_request_ids": lambda r, f: "\n".join("requestID=%s eventID=%s src=%s" % (uid(r), uid(r), f.ip()) for _ in range(2)),
 },
 "code_identifier_lookalike": {
  "yara_rule_name_index": lambda r, f: "\n".join("rule %s_%s_%s" % (r.choice(["MAL", "APT", "HKTL"]), s(r, 8, UPPER_ALNUM), r.choice(["Loader", "Stealer", "Beacon"])) for _ in range(3)),
  "attack_technique_mapping_csv": lambda r, f: "technique,name,detection\nT1552.001,Credentials In Files,rule_%s\nT1555.003,Credentials from Web Browsers,rule_%s" % (hx(r, 8), hx(r, 8)),
 },
 "password_prose_no_value": {
  "remediation_password_policy_advice": lambda r, f: "Recommendation %d: enforce a minimum of 14 characters, block breached passwords, and rotate service-account passwords after every engagement. No passwords are reproduced in this report." % r.randint(1, 30),
  "awareness_training_slide_notes": lambda r, f: "Slide %d – never paste a password into chat, tickets or HAR files you share with support; use the password manager's share feature instead." % r.randint(2, 40),
 },
 "test_fixture_fake_credential": {
  "detection_unit_test_dummy_env": lambda r, f: "# test fixture for rule env_secret_%d, not a real secret\nTEST_API_KEY=dummy-not-a-real-key\nTEST_PASSWORD=fake_password_for_ci" % r.randint(1, 99),
  "phishing_sim_landing_fixture": lambda r, f: "fixtures/landing_%d.json: {\"username\": \"jane.doe@example.com\", \"password\": \"example-password\"}" % r.randint(1, 99),
 },
 "secret_store_reference": {
  "vault_kv_lookup_in_runbook": lambda r, f: "Step %d: fetch the SIEM bind password with `vault kv get -field=password secret/soc/%s` – never copy it into the ticket." % (r.randint(1, 9), s(r, 6, LOWER_ALNUM)),
  "keepass_field_reference_syntax": lambda r, f: "Password field: {REF:P@I:%s}\nUser field: {REF:U@I:%s}" % (hx(r, 32).upper(), hx(r, 32).upper()),
 },
 "version_or_build_string": {
  "edr_sensor_version_inventory": lambda r, f: "\n".join("%s  sensor %d.%d.%d.%d  channel N-1" % (f.host(), r.randint(6, 7), r.randint(0, 60), r.randint(10000, 19999), r.randint(0, 9)) for _ in range(3)),
  "scanner_plugin_feed_versions": lambda r, f: "Plugin feed: %d%02d%02d%04d  Engine: %d.%d.%d" % (2026, r.randint(1, 12), r.randint(1, 28), r.randint(0, 2359), r.randint(8, 10), r.randint(0, 9), r.randint(0, 9)),
 },
 "opaque_random_identifier": {
  "velociraptor_flow_ids": lambda r, f: "\n".join("F.%s  %s  Windows.KapeFiles.Targets" % (s(r, 13, UPPER_ALNUM), f.host()) for _ in range(3)),
  "sandbox_task_ids_list": lambda r, f: "\n".join("task %s-%s  status=reported" % (s(r, 6, LOWER_ALNUM), s(r, 10, LOWER_ALNUM)) for _ in range(3)),
 },
 "threat_intel_indicator": {
  "ja3_fingerprint_blocklist": lambda r, f: "ja3_md5,label\n" + "\n".join("%s,%s" % (hx(r, 32), r.choice(["cobalt-default", "sliver", "metasploit-https"])) for _ in range(3)),
  "dga_domain_ioc_feed": lambda r, f: "\n".join("%s.%s  dga=%s" % (s(r, 16, LOWER_ALNUM), r.choice(["top", "xyz", "biz"]), r.choice(["necurs", "ramnit"])) for _ in range(3)),
 },
 "secret_detection_rule_pattern": {
  "scanner_regex_rule_toml": lambda r, f: "[[rules]]\nid = \"gh-classic-%d\"\nregex = '''ghp_[0-9a-zA-Z]{36}'''\n[[rules]]\nid = \"slack-bot\"\nregex = '''xoxb-[0-9]{10,13}-[0-9]{10,13}-[a-zA-Z0-9]{24}'''" % r.randint(1, 99),
  "dlp_keyword_dictionary_list": lambda r, f: "dictionary cred_keywords_%d: password, passwd, pwd, secret, api_key, BEGIN OPENSSH, AKIA, sk_live_, glpat-" % r.randint(1, 99),
 },
}

WRAP = {
 "in_pentest_report_appendix": lambda f, t: "Appendix C – raw output (%s)\n```\n%s\n```" % (f.host(), t),
 "in_siem_case_comment": lambda f, t: "%s commented on %s:\n%s" % (f.user(), f.case(), t),
 "in_soc_chat_export": lambda f, t: "[%s] %s: fyi, not sensitive:\n%s" % (f.ts(), f.user(), t),
 "in_forensic_case_notes": lambda f, t: "## %s notes\n%s\n-- %s" % (f.case(), t, f.user()),
 "in_bounty_triage_thread": lambda f, t: "> reporter: is this a leak?\n%s\n\ntriager: no, closing as informative." % t,
}

AWS_ID, AWS_SECRET = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def md5(x):
    return hashlib.md5(x.encode()).hexdigest()


def doc_values():
    ha1 = md5("Mufasa:testrealm@host.com:Circle Of Life")
    ha2 = md5("GET:/dir/index.html")
    digest = md5("%s:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:%s" % (ha1, ha2))
    assert digest == "6629fae49393a05397450978507c4ef1"
    tc3 = hmac.new(b"\xaa" * 20, b"\xdd" * 50, hashlib.sha256).hexdigest()
    assert tc3 == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
    empty = hashlib.sha256(b"").hexdigest()
    assert empty == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    return {"aws": AWS_SECRET, "digest": digest, "tc3": tc3, "empty": empty, "stripe": STRIPE_DOC}


def doc_records():
    d = doc_values()
    return [
     ("aws_docs_example_pair_in_pentest_template", "Report template, section 5 (example only – AWS documentation sample pair):\naws_access_key_id = %s\naws_secret_access_key = %s" % (AWS_ID, d["aws"])),
     ("rfc2617_mufasa_digest_in_har_training", "HAR training lab: the RFC 2617 example request from user Mufasa, realm testrealm@host.com, yields response=\"%s\" – recompute it yourself." % d["digest"]),
     ("rfc4231_case3_hmac_in_siem_parser_test", "Parser self-test vector (RFC 4231 test case 3, HMAC-SHA-256): expected %s" % d["tc3"]),
     ("stripe_docs_test_key_in_bounty_faq", "Bounty FAQ: reports of %s are out of scope – it is the public test key printed in Stripe's API documentation." % d["stripe"]),
     ("sha256_empty_string_in_edr_exclusion_list", "EDR exclusion review: hash %s is the SHA-256 of an empty file, excluding it is harmless." % d["empty"]),
    ]


def generate():
    r = random.Random(SEED)
    f = Filler(r)
    recs = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            recs.append({"class": cls, "container": kind, "text": BASE[cls][kind](r, f), "source": "negative"})
            for w in WRAP:
                recs.append({"class": cls, "container": kind + "__" + w, "text": WRAP[w](f, BASE[cls][kind](r, f)), "source": "negative"})
    for kind, text in doc_records():
        recs.append({"class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
    return recs
