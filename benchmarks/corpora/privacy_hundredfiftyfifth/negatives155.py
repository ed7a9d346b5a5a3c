"""Hard negatives from the blood-bank / plasma / organ-registry world."""
import base64, hashlib, random, string
from gen155 import B62, HEXD

ISO7064 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def din_check(s):
    """ISO/IEC 7064 MOD 37-2 check character over an ISBT 128 DIN (13 chars)."""
    p = 0
    for c in s:
        p = ((p + ISO7064.index(c)) * 2) % 37
    return ISO7064[(38 - p) % 37]


class N:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def c(self, a, n):
        return "".join(self.r.choice(a) for _ in range(n))

    def din(self):
        d = "W%04d26%06d" % (self.r.randrange(10000), self.r.randrange(1000000))
        return d, din_check(d)

    def uuid(self):
        h = self.c(HEXD, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.r.choice("89ab"), h[17:20], h[20:32])


def base_kinds(n):
    r = n.r
    D = string.digits
    return [
     ("isbt128_donation_identification_numbers", [
      ("bbis_unit_receipt_csv", lambda: "din,flags,product,abo_rh,expiry\n" + "\n".join("%s %s,00,E%04dV00,%s,2026-%02d-%02d" % (*n.din(), r.randrange(10000), r.choice(["O Pos", "A Neg", "B Pos", "AB Pos"]), r.randint(1, 12), r.randint(1, 28)) for _ in range(3)) + "\n"),
      ("label_verification_scan_log", lambda: "\n".join("[verify] DIN=%s check=%s product=E%04d%s OK" % (*n.din(), r.randrange(10000), n.c("ABCDEFV0", 3)) for _ in range(3)) + "\n"),
     ]),
     ("organ_match_run_and_donor_ids", [
      ("match_run_report_header", lambda: "Match run %s  donor %s  organ KI  generated for centre %s\nsequence ids: %s\n" % (n.c(D, 9), n.c(string.ascii_uppercase, 3) + n.c(D, 4), n.c(string.ascii_uppercase, 4) + "-TX1", ", ".join(n.c(D, 7) for _ in range(4)))),
      ("offer_event_json", lambda: '{"offerId": "%s", "donorId": "%s", "matchRunId": %s, "status": "DECLINED", "code": "830"}\n' % (n.uuid(), n.c(string.ascii_uppercase, 3) + n.c(D, 4), n.c(D, 9))),
     ]),
     ("hla_typing_result_strings", [
      ("hla_typing_report_line", lambda: "HLA-A*%02d:%02d, A*%02d:%02d; B*%02d:%02d, B*%02d:%02d; DRB1*%02d:%02d:%02d  (run %s)\n" % tuple([r.randint(1, 80) for _ in range(11)] + [n.c(D + "ABCDEF", 10)])),
      ("ngs_gl_string", lambda: "GL: hla#3.55.0#HLA-A*%02d:%02d:%02d+HLA-A*%02d:%02d^HLA-B*%02d:%02d:%02d:%02d+HLA-B*%02d:%02d\n" % tuple(r.randint(1, 99) for _ in range(11))),
     ]),
     ("apheresis_and_centrifuge_device_serials", [
      ("device_inventory_yaml", lambda: "devices:\n" + "".join("  - model: %s\n    serial: %s\n    mac: %s\n" % (r.choice(["PCS2", "Trima Accel", "Amicus", "Aurora Xi", "Rotanta 460"]), n.c(string.ascii_uppercase, 2) + n.c(D, 8), ":".join(n.c("0123456789ABCDEF", 2) for _ in range(6))) for _ in range(2))),
      ("device_boot_banner", lambda: "BOOT fw=%d.%d.%d build=%s serial=%s board=%s\n" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), n.c(HEXD, 12), n.c(string.ascii_uppercase + D, 12), n.c(HEXD, 16))),
     ]),
     ("cold_chain_logger_ids_and_readings", [
      ("logger_export_csv", lambda: "logger_id,probe,ts,temp_c\n" + "\n".join("%s,%s,2026-03-%02dT%02d:%02d:00Z,%.1f" % (n.c(string.ascii_uppercase + D, 10), n.c(HEXD, 16), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.uniform(1.5, 5.9)) for _ in range(3)) + "\n"),
      ("shipper_sensor_pairing", lambda: "pairing shipper=%s sensor=%s imei=%s iccid=89%s\n" % (n.c(string.ascii_uppercase, 3) + n.c(D, 7), n.c(HEXD, 12), n.c(D, 15), n.c(D, 17))),
     ]),
     ("courier_waybill_and_tracking_numbers", [
      ("dispatch_manifest_rows", lambda: "\n".join("waybill %s  job %s  tracking %s" % (n.c(D, 12), n.c(string.ascii_uppercase, 2) + n.c(D, 8), "1Z" + n.c(string.ascii_uppercase + D, 16)) for _ in range(3)) + "\n"),
      ("courier_status_webhook_body", lambda: '{"job": "%s", "tracking": "%s", "event": "picked_up", "seal": "%s"}\n' % (n.uuid(), n.c(string.ascii_uppercase + D, 14), n.c(D, 8))),
     ]),
     ("publishable_scheduling_and_map_keys", [
      ("donor_booking_widget_html", lambda: '<script src="https://js.stripe.com/v3"></script>\n<div id="book" data-publishable-key="pk_live_%s"></div>\n' % n.c(B62, 99)),
      ("public_dsn_in_donor_app", lambda: 'Sentry.init({ dsn: "https://%s@o%s.ingest.sentry.io/%s" });\n' % (n.c(HEXD, 32), n.c(D, 6), n.c(D, 7))),
     ]),
     ("redacted_values_in_donor_audit_trails", [
      ("audit_trail_masked", lambda: "%s user=%s action=UPDATE_CRED field=device_password old=******** new=********\n" % ("2026-02-%02dT10:%02d:00Z" % (r.randint(1, 28), r.randint(0, 59)), r.choice(["mlopez", "kd22", "n.osei"]))),
      ("config_dump_redacted", lambda: "bbis.db.password=[redacted:%d chars]\ncourier.api.token=%s****%s (last rotated %d days ago)\n" % (r.randint(12, 20), n.c(HEXD, 4), n.c(HEXD, 4), r.randint(2, 90))),
     ]),
     ("template_placeholders_in_bbis_configs", [
      ("env_template_file", lambda: "# copy to .env and fill in\nBBIS_DB_PASSWORD=<set-me-%s>\nCOURIER_API_TOKEN=${COURIER_API_TOKEN}\n" % r.choice(["site-a", "site-b", "lab", "dev"])),
      ("helm_values_placeholder", lambda: "coldchain:\n  loggerApiKey: \"{{ .Values.loggerApiKey | required \\\"set loggerApiKey\\\" }}\"\n  replicas: %d\n" % r.randint(1, 5)),
     ]),
     ("key_vault_and_secrets_manager_references", [
      ("azure_key_vault_reference", lambda: "@Microsoft.KeyVault(SecretUri=https://kv-bbis-%s.vault.azure.net/secrets/courier-api-token/)\n" % n.c("abcdefghijklmnopqrstuvwxyz", 5)),
      ("aws_secretsmanager_arn_ref", lambda: "valueFrom: arn:aws:secretsmanager:eu-west-1:%s:secret:organ-match/client-secret-%s\n" % (n.c(D, 12), n.c(B62, 6))),
     ]),
     ("age_and_kms_ciphertexts", [
      ("age_armored_file", lambda: "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n%s\n-----END AGE ENCRYPTED FILE-----\n" % (base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(30))).decode())),
      ("kms_ciphertext_blob_env", lambda: "LOGGER_KEY_CIPHERTEXT=AQICAHh%s\n# decrypt at boot with kms:Decrypt\n" % base64.b64encode(bytes(r.randrange(256) for _ in range(90))).decode()),
     ]),
     ("bcrypt_and_argon2_staff_hashes", [
      ("staff_table_bcrypt_row", lambda: "%d|%s|$2b$12$%s|phlebotomist\n" % (r.randint(100, 999), r.choice(["ana.k", "tomv", "j.ade"]), n.c("./" + B62, 53))),
      ("argon2_hash_column", lambda: "$argon2id$v=19$m=65536,t=3,p=4$%s$%s\n" % (n.c(B62 + "+/", 22), n.c(B62 + "+/", 43))),
     ]),
     ("staff_talk_about_credentials_without_one", [
      ("charge_nurse_chat_reminder", lambda: "Reminder: the apheresis service password changed %s – ask the shift lead, never write it on the chair.\n" % r.choice(["today", "on Monday", "after the audit"])),
      ("sop_password_paragraph", lambda: "SOP-BB-%03d §4: Device passwords are issued by Biomed, stored in the vault and rotated every %d days; do not share them by SMS.\n" % (r.randint(1, 400), r.choice([30, 60, 90]))),
     ]),
     ("vendor_manual_sample_keys", [
      ("integration_guide_curl", lambda: "curl -H \"Authorization: Bearer YOUR_ACCESS_TOKEN\" https://api.example.com/v%d/donations\n" % r.randint(1, 3)),
      ("manual_env_sample", lambda: "COLDCHAIN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx  # example from the vendor manual, p. %d\n" % r.randint(10, 99)),
     ]),
     ("hl7_control_ids_and_fhir_version_ids", [
      ("hl7_msh_segment", lambda: "MSH|^~\\&|BBIS|CENTRAL|LIS|LAB|2026%02d%02d%02d%02d||ORU^R01|%s|P|2.5.1\n" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), n.c(D, 14))),
      ("fhir_response_headers", lambda: 'ETag: W/"%d"\nLocation: https://fhir.example.org/Specimen/%s/_history/%d\nX-Request-Id: %s\n' % (r.randint(1, 40), n.uuid(), r.randint(1, 40), n.c(HEXD, 32))),
     ]),
     ("specimen_barcodes_and_file_digests", [
      ("specimen_accession_labels", lambda: "\n".join("ACC %s  tube %s  rack %s" % (n.c(D, 10), n.c(string.ascii_uppercase, 2) + n.c(D, 6), n.c(string.ascii_uppercase, 1) + n.c(D, 2)) for _ in range(3)) + "\n"),
      ("centrifuge_firmware_sha256_manifest", lambda: "".join("%s  %s\n" % (hashlib.sha256(n.c(B62, 20).encode()).hexdigest(), f) for f in ["centrifuge-fw-4.2.bin", "logger-fw-1.9.bin"])),
     ]),
    ]


WRAPPERS = [
    ("", lambda t: t),
    ("__in_bbis_change_ticket", lambda t: "CHG-%s attachment (pasted):\n" + t + "Reviewed, no credentials present.\n"),
    ("__in_transplant_desk_teams_thread", lambda t: "Teams · Transplant desk\nSam: is this a secret or not?\n> " + t.replace("\n", "\n> ").rstrip("> ") + "\nPriya: not a secret, fine to keep.\n"),
    ("__in_plasma_centre_sop_page", lambda t: "== Appendix C (example output) ==\n<pre>\n" + t + "</pre>\n"),
    ("__in_donor_app_merge_request", lambda t: "MR !%s review comment:\n```\n" + t + "```\nLooks safe to commit.\n"),
    ("__in_cold_chain_audit_email", lambda t: "Subject: audit evidence\n\nHi team, as requested the excerpt is below.\n\n" + t + "\nRegards,\nQA\n"),
]


def build(seed=15506, forbid=()):
    n = N(seed)
    out = []
    for cls, kinds in base_kinds(n):
        for kname, fn in kinds:
            for wname, wf in WRAPPERS:
                for _ in range(50):
                    t = wf(fn())
                    if "%s" in t:
                        t = t.replace("%s", str(n.r.randint(1000, 9999)), 1)
                    if not any(v in t for v in forbid):
                        break
                else:
                    raise RuntimeError("negative keeps containing a positive")
                out.append({"class": cls, "container": kname + wname, "text": t, "source": "negative"})
    return out
