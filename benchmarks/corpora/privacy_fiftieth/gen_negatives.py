"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import base64
import hashlib
import hmac
import random
from common import AN, ANL, ANU, DG, HEX, B64, UP, LO, rs, uuid4, fill

SEED = 5006


def b64(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


# ---- base kinds: fn(rng) -> text ------------------------------------------------------
def dicom_tls_node_cert_pem_excerpt(r):
    body = b64(r, 144)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("DICOM TLS node cert for PACS_ARCH (public, give it to the modality vendor):\n-----BEGIN CERTIFICATE-----\n"
            + "\n".join(lines) + "\n...\n-----END CERTIFICATE-----")


def ssh_known_hosts_jump_box_lines(r):
    rows = []
    for h in ["ops-bastion.noc.example", "10.20.0.%d" % r.randint(2, 250), "lis-gw01.hosp.example"]:
        key = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.randrange(256) for _ in range(32))).decode()
        rows.append("%s ssh-ed25519 %s" % (h, key))
    return "# known_hosts entries for the on-call jump path\n" + "\n".join(rows)


def runbook_template_fill_in_fields(r):
    return ("Runbook template - fill in before use:\nLIS_DB_PASSWORD=<fill in from vault>\nPACS_API_TOKEN=__REPLACE_ME__\n"
            "SMTP_PASSWORD=${SMTP_PASSWORD}\nstep %d: restart the feed" % r.randint(2, 9))


def interface_spec_redacted_credentials(r):
    return ("Interface spec v%d.%d, section 5 (credentials)\nUser: hl7_ifc_%d\nPassword: [REDACTED - see vault]\n"
            "Shared secret: ********\nCertificate: supplied separately" % (r.randint(1, 4), r.randint(0, 9), r.randint(1, 99)))


def pacs_image_md5_manifest(r):
    rows = ["%s  IMG%05d.dcm" % (rs(r, HEX, 32), r.randint(0, 99999)) for _ in range(4)]
    return "md5 manifest for study export (integrity only):\n" + "\n".join(rows)


def lab_firmware_sha256_release_note(r):
    return ("Analyzer firmware %d.%d.%d release note\nSHA256 (fw.bin) = %s\nSHA256 (fw.sig) = %s" %
            (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), rs(r, HEX, 64), rs(r, HEX, 64)))


def ansible_vault_encrypted_var(r):
    lines = [rs(r, HEX, 80) for _ in range(4)]
    return "lis_db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          " + "\n          ".join(lines)


def sops_encrypted_yaml_field(r):
    return ("pacs:\n    api_token: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    version: 3.9.%d" %
            (b64(r, 30), b64(r, 24), b64(r, 12), r.randint(0, 4)))


def pager_alert_masked_token_field(r):
    return ('{"summary":"integration auth failing","custom_details":{"api_token":"****************%s","user":"svc-lab"}}' % rs(r, ANL, 4))


def chatops_redacted_echo_line(r):
    return ("[%02d:%02d] relaybot: LIS_DB_PASSWORD=[masked]  SMTP_PASSWORD=xxxxxxxx  HEC token ends with ...%s" %
            (r.randint(0, 23), r.randint(0, 59), rs(r, HEX, 4)))


def metric_names_with_token_words(r):
    names = ["auth_token_refresh_failures_total", "lis_password_rotation_age_seconds", "hl7_secret_reload_errors_total",
             "pacs_api_key_cache_hits", "oncall_credential_checks_duration_ms"]
    r.shuffle(names)
    return "Dashboard panel queries:\n" + "\n".join("rate(%s[%dm])" % (n, r.choice([1, 5, 15])) for n in names[:4])


def dashboard_uid_listing(r):
    return "Dashboards in folder 'Lab feeds':\n" + "\n".join("uid=%s  title=%s" % (rs(r, AN, 9), t) for t in ["HL7 inbound", "PACS prefetch", "Analyzer links"])


def postmortem_credential_rotation_lessons(r):
    return ("Lessons learned: the interface password had not been rotated for %d months and was shared over chat. "
            "We now rotate every 90 days, store it only in the vault and never paste it in tickets." % r.randint(7, 30))


def lab_it_password_policy_memo(r):
    return ("Memo to lab staff: analyzer and LIS passwords must be at least %d characters, must not be written on the "
            "instrument, and must be changed when a team member leaves. IT will never ask for your password by phone." % r.choice([12, 14, 16]))


def alert_dedup_key_uuids(r):
    return "Open alerts (dedup keys):\n" + "\n".join("%s  LisQueueDepth" % uuid4(r) for _ in range(3))


def otel_trace_span_ids_log(r):
    return "trace_id=%s span_id=%s service=results-router msg=\"ack sent\"" % (rs(r, HEX, 32), rs(r, HEX, 16))


def instrument_firmware_version_table(r):
    return ("Instrument | Firmware | Build\nChem-1 | %d.%d.%d | b%s\nHem-2 | %d.%d | %s" %
            (r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), rs(r, HEX, 8), r.randint(1, 9), r.randint(0, 20), rs(r, ANU, 10)))


def helm_chart_release_history(r):
    return "REVISION  CHART              APP VERSION\n" + "\n".join(
        "%d         lis-gateway-%d.%d.%d  %d.%d.%d-%s" % (i, 1, r.randint(0, 9), r.randint(0, 30), 2, r.randint(0, 9), r.randint(0, 30), rs(r, HEX, 7)) for i in range(1, 4))


def vault_kv_path_in_runbook(r):
    return "Fetch the credential with:\n  vault kv get -field=password secret/lab/lis-db-%d\n(never copy it into the ticket)" % r.randint(1, 9)


def k8s_external_secret_remote_ref(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n  - secretKey: password\n"
            "    remoteRef:\n      key: lab/pacs-db-%d\n      property: password" % r.randint(1, 9))


def hl7_test_harness_dummy_login(r):
    return "# test harness only - fake values\nTEST_USER=test\nTEST_PASSWORD=password123\nTEST_FACILITY=DEMO%d" % r.randint(1, 99)


def synthetic_monitor_fixture_user(r):
    return "synthetic check fixture: login as demo_user / demo_pass on https://staging-portal.hosp.example (run %d)" % r.randint(1, 999)


def ldap_ssha_userpassword_ldif(r):
    return "dn: uid=analyzer%d,ou=devices,dc=lab\nuserPassword: {SSHA}%s" % (r.randint(1, 40), b64(r, 24))


def shadow_sha512crypt_lines(r):
    return "\n".join("%s:$6$%s$%s:19%d:0:99999:7:::" % (u, rs(r, AN + "./", 16), rs(r, AN + "./", 86), r.randint(100, 999)) for u in ["labsvc", "pacsops"])


def pager_incident_key_list(r):
    return "Incidents this week: " + ", ".join(rs(r, ANU, 14) for _ in range(4))


def cloud_instance_id_inventory(r):
    return "Hosts in lab-feeds ASG:\n" + "\n".join("i-0%s  %s" % (rs(r, HEX, 16), h) for h in ["hl7-a", "hl7-b", "router-c"])


def sentry_browser_dsn_public_key(r):
    return "Sentry.init({ dsn: \"https://%s@o%d.ingest.sentry.io/%d\" })  // public DSN for the results portal" % (rs(r, HEX, 32), r.randint(10000, 999999), r.randint(1000, 99999))


def recaptcha_site_key_html(r):
    return '<div class="g-recaptcha" data-sitekey="6L%s"></div>' % rs(r, AN + "-_", 38)


def dicom_study_instance_uids(r):
    return "Studies to re-send:\n" + "\n".join("1.2.840.113619.2.%d.%d.%d.%d" % (r.randint(1, 500), r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9), r.randint(1, 99)) for _ in range(3))


def lab_accession_number_batch(r):
    return "Accession numbers stuck in queue: " + ", ".join("LAB%02d-%07d" % (r.randint(20, 26), r.randint(0, 9999999)) for _ in range(5))


CLASSES = {
    "public_key_or_certificate": [dicom_tls_node_cert_pem_excerpt, ssh_known_hosts_jump_box_lines],
    "placeholder_or_redacted": [runbook_template_fill_in_fields, interface_spec_redacted_credentials],
    "digest_or_checksum": [pacs_image_md5_manifest, lab_firmware_sha256_release_note],
    "ciphertext_or_sealed_value": [ansible_vault_encrypted_var, sops_encrypted_yaml_field],
    "masked_partial_value": [pager_alert_masked_token_field, chatops_redacted_echo_line],
    "code_identifier_lookalike": [metric_names_with_token_words, dashboard_uid_listing],
    "password_prose_no_value": [postmortem_credential_rotation_lessons, lab_it_password_policy_memo],
    "uuid_or_request_identifier": [alert_dedup_key_uuids, otel_trace_span_ids_log],
    "version_or_build_string": [instrument_firmware_version_table, helm_chart_release_history],
    "secret_store_reference": [vault_kv_path_in_runbook, k8s_external_secret_remote_ref],
    "test_fixture_fake_credential": [hl7_test_harness_dummy_login, synthetic_monitor_fixture_user],
    "password_hash_not_plaintext": [ldap_ssha_userpassword_ldif, shadow_sha512crypt_lines],
    "opaque_random_identifier": [pager_incident_key_list, cloud_instance_id_inventory],
    "publishable_client_key": [sentry_browser_dsn_public_key, recaptcha_site_key_html],
    "clinical_identifier_not_secret": [dicom_study_instance_uids, lab_accession_number_batch],
}

WRAPPERS = {
    "in_pager_alert_body": "[PAGE] lab-feeds / <<U>>\n---\n<<X>>\n---\nack: /ack <<N>>",
    "in_postmortem_doc": "Postmortem PM-<<N>> (blameless)\n\nEvidence:\n<<X>>\n\nNo credentials were exposed in this section.",
    "in_chatops_transcript": "[<<T>>] <<U>>: pasting for context\n<<X>>\n[<<T>>] opsbot: noted",
    "in_servicedesk_ticket_export": "Ticket SD-<<N>> | category: Lab IT | note:\n<<X>>",
    "in_lab_it_wiki_page": "= Lab IT wiki =\n== Reference ==\n<<X>>\n[[Category:Runbooks]]",
}

# documentation values (public, only in negatives) ---------------------------------------
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def doc_values():
    md5_empty = hashlib.md5(b"").hexdigest()
    rfc4231_case2 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    rfc6238_sha256_seed = base64.b32encode(b"12345678901234567890123456789012").decode()
    rfc6070_pbkdf2 = hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex()
    assert md5_empty == "d41d8cd98f00b204e9800998ecf8427e"
    assert rfc4231_case2 == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert rfc6070_pbkdf2 == "4b007901b765489abead49d926f721d065a429c1"
    assert rfc6238_sha256_seed == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA===="
    return {
        "aws_docs_secret_in_runbook_appendix": ("AWS_DOC_SECRET", AWS_DOC_SECRET,
            "Runbook appendix: the AWS CLI docs show a sample config with aws_secret_access_key = %s - that is AWS's documentation example, not ours." % AWS_DOC_SECRET),
        "rfc4231_case2_hmac_in_interface_test": ("RFC4231", rfc4231_case2,
            "# interface signer unit test: RFC 4231 test case 2 (key 'Jefe')\nassert hmac_sha256(b'Jefe', MSG) == '%s'" % rfc4231_case2),
        "md5_empty_in_pacs_dedupe_log": ("MD5", md5_empty,
            "dedupe: skipped 14 zero-byte DICOM files (md5 %s is the digest of empty input)" % md5_empty),
        "rfc6238_sha256_seed_in_mfa_runbook": ("RFC6238", rfc6238_sha256_seed,
            "MFA runbook test step: load the RFC 6238 SHA-256 reference seed %s into the test authenticator and compare with Appendix B." % rfc6238_sha256_seed),
        "rfc6070_pbkdf2_vector_in_lis_unit_test": ("RFC6070", rfc6070_pbkdf2,
            "def test_pbkdf2_vector():\n    # RFC 6070, P='password', S='salt', c=4096\n    assert derive('password', 'salt', 4096) == '%s'" % rfc6070_pbkdf2),
    }


def build():
    rng = random.Random(SEED)
    recs = []
    for cls in CLASSES:
        for fn in CLASSES[cls]:
            base = fn.__name__
            recs.append({"class": cls, "container": base, "text": fn(rng), "source": "negative"})
            for w, tpl in WRAPPERS.items():
                recs.append({"class": cls, "container": base + "__" + w,
                             "text": fill(rng, tpl, {"X": fn(rng)}), "source": "negative"})
    for kind, (_, _, text) in doc_values().items():
        recs.append({"class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
    return recs
