"""Hard negatives of the hearing-care world: no secret, but secret-looking strings."""
import hashlib
import random
import string

import common175 as C

D = string.digits


def _serial(r):
    return "%02d%02d%s" % (r.randint(18, 24), r.randint(1, 52), C.rstr(r, D, 5))


def _npi(r):
    nine = "1" + C.rstr(r, D, 8)
    return nine + C.luhn_digit("80840" + nine)


def _nhs(r):
    while True:
        nine = "999" + C.rstr(r, D, 6)
        c = C.nhs_check(nine)
        if c is not None:
            n = nine + c
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def _gtin14(r):
    body = "0" + "0" + C.rstr(r, D, 11)
    body = body[:13]
    return body + C.gs1_check(body)


def _sha256(r):
    return hashlib.sha256(C.rbytes(r, 48)).hexdigest()


def _mac(r):
    return ":".join("%02X" % r.getrandbits(8) for _ in range(6))


# ---------------------------------------------------------------- base kinds
def repair_intake_form_extract(r):
    return ("REPAIR INTAKE - Clinic HW-LDS\nModel: %s RIC 312 (left)\nSerial no.: %s\nLot: L%s\nReceiver: %s, length 2, power M\n"
            "Fault: intermittent, dead after drying\nIntake ref: RI-%s\n" % (
                r.choice(["Vita 2", "Lumen 5", "Auris R", "Sonet 9"]), _serial(r), C.rstr(r, D, 6),
                "RCV-" + C.rstr(r, C.UPALNUM, 8), C.rstr(r, D, 7)))


def warranty_card_registration_email(r):
    return ("Subject: Warranty registered\n\nThank you. The devices below are now registered:\n  L  SN %s  warranty until 2027-0%d-1%d\n"
            "  R  SN %s  warranty until 2027-0%d-1%d\nRegistration number: WR-%s-%s\nKeep this e-mail for your records.\n" % (
                _serial(r), r.randint(1, 9), r.randint(0, 9), _serial(r), r.randint(1, 9), r.randint(0, 9),
                C.rstr(r, C.UPALNUM, 4), C.rstr(r, D, 8)))


def noah_audiogram_xml_fragment(r):
    pts = "\n".join('    <TonePoint><StimulusFrequency>%d</StimulusFrequency><StimulusLevel>%d</StimulusLevel></TonePoint>' % (
        f, r.choice(range(-5, 95, 5))) for f in [250, 500, 1000, 2000, 4000, 8000])
    return ('<ToneThresholdAudiogram>\n  <AudMeasurementConditions><Transducer>Insert</Transducer></AudMeasurementConditions>\n'
            '  <ActionGUID>%s</ActionGUID>\n%s\n</ToneThresholdAudiogram>\n' % (C.uuid4(r), pts))


def audiogram_csv_export_rows(r):
    rows = ["patient_ref,ear,f250,f500,f1000,f2000,f4000,f8000"]
    for _ in range(4):
        rows.append("PR%s,%s,%s" % (C.rstr(r, D, 6), r.choice("LR"), ",".join(str(r.choice(range(0, 100, 5))) for _ in range(6))))
    return "\n".join(rows) + "\n"


def noah_action_log_rows(r):
    return "\n".join("%s  ActionGUID=%s  PatientGUID=%s  TypeOfData=%d  Module=%s" % (
        "2024-0%d-1%d 1%d:0%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)),
        C.uuid4(r), C.uuid4(r), r.choice([1, 6, 7, 12]), r.choice(["FitConnect", "AudioSuite", "ReportMaker"])) for _ in range(3)) + "\n"


def patient_merge_report(r):
    return ("Patient merge completed\nKept:    %s\nMerged:  %s\nActions moved: %d\nJob id: merge-%s\n" % (
        C.uuid4(r), C.uuid4(r), r.randint(3, 40), C.rstr(r, C.HEX, 12)))


def asha_gatt_service_dump(r):
    return ("Device %s (HW Lumen R)\nPrimary service 0000FDF0-0000-1000-8000-00805F9B34FB (ASHA)\n"
            "  ReadOnlyProperties  HiSyncId=%s  side=right  binaural=1\n  AudioControlPoint, AudioStatus, Volume, LE_PSM_OUT=0x%04X\n"
            "Battery level 0000180F-0000-1000-8000-00805F9B34FB = %d%%\n" % (
                _mac(r), C.rstr(r, C.UHEX, 16), r.randint(0x80, 0xFF), r.randint(20, 100)))


def companion_pairing_debug_log(r):
    return ("I/AshaGatt: connecting to %s\nI/AshaGatt: bonded=true, addrType=PUBLIC, rssi=-%d\n"
            "I/AshaGatt: HiSyncId=%s capabilities=0x0%d codec=G.722@16kHz\nI/AshaGatt: key material not logged (redaction policy v2)\n" % (
                _mac(r), r.randint(40, 80), C.rstr(r, C.UHEX, 16), r.randint(1, 3)))


def device_claim_status_email(r):
    return ("Subject: Claim status update\n\nClaim %s for HCPCS V5261 (binaural, digital, BTE) x1 and V5267 x2\n"
            "Rendering NPI: %s\nPrior authorisation: PA%s\nStatus: adjudicated - paid %d.00\n" % (
                "CLM" + C.rstr(r, D, 11), _npi(r), C.rstr(r, C.UPALNUM, 9), r.randint(900, 4800)))


def x12_837_claim_segment(r):
    return ("ISA*00*          *00*          *ZZ*%s     *ZZ*CLAIMMD        *240604*1132*^*00501*%s*0*P*:~\n"
            "NM1*85*2*HEARWELL AUDIOLOGY*****XX*%s~\nCLM*%s*%d.00***11:B:1*Y*A*Y*Y~\nSV1*HC:V5257*%d.00*UN*1***1~\n" % (
                C.rstr(r, D, 10), C.rstr(r, D, 9), _npi(r), C.rstr(r, C.UPALNUM, 12), r.randint(1500, 6000), r.randint(800, 3000)))


def nhs_referral_letter_ocr(r):
    return ("NHS AUDIOLOGY REFERRAL\nPatient NHS No: %s\nGP practice code: %s%s\nReason: progressive bilateral loss, tinnitus L\n"
            "e-RS UBRN: %s %s %s\n" % (
                _nhs(r), r.choice("ABCDEFGHJKLMNPY"), C.rstr(r, D, 5), C.rstr(r, D, 4), C.rstr(r, D, 4), C.rstr(r, D, 4)))


def hearing_services_voucher_notice(r):
    return ("Hearing Services Program - voucher issued\nVoucher number: HSV%s\nClient number: %s\nProvider site ID: %s\n"
            "Valid until 30/06/2026\n" % (C.rstr(r, D, 9), C.rstr(r, D, 10), "ST" + C.rstr(r, D, 5)))


def rma_batch_manifest(r):
    rows = ["rma,serial,model,fault"]
    for _ in range(4):
        rows.append("RMA-%s,%s,%s,%s" % (C.rstr(r, D, 7), _serial(r), r.choice(["Vita 2", "Lumen 5", "Auris R"]),
                                       r.choice(["no sound", "crackle", "charger", "shell crack"])))
    return "\n".join(rows) + "\n"


def courier_tracking_update_sms(r):
    return ("HearWell Repairs: your hearing aid is on its way back. Tracking 1Z%s%s. Collection ref %s. Reply STOP to opt out.\n" % (
        C.rstr(r, C.UPALNUM, 6), C.rstr(r, D, 10), C.rstr(r, C.UPALNUM, 8)))


def firmware_package_sha256_manifest(r):
    return "\n".join("%s  %s" % (_sha256(r), f) for f in [
        "lumen5_fw_%d.%d.%d.bin" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 99)),
        "charger_fw_%d.%d.bin" % (r.randint(1, 4), r.randint(0, 9)), "release_notes.pdf"]) + "\n"


def fitting_module_msi_checksums(r):
    return ("FittingSuite-%d.%d.%d-x64.msi\n  SHA256: %s\n  Size: %d bytes\n  Signed by: HearWell Devices Ltd (thumbprint %s)\n" % (
        r.randint(2, 9), r.randint(0, 9), r.randint(0, 999), _sha256(r).upper(), r.randint(10 ** 8, 9 * 10 ** 8),
        hashlib.sha1(C.rbytes(r, 20)).hexdigest().upper()))


def online_hearing_test_page_html(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_%s");\n'
            '  posthog.init("phc_%s", { api_host: "https://eu.posthog.com" });\n</script>\n' % (
                C.rstr(r, C.ALNUM, 99), C.rstr(r, C.ALNUM, 43)))


def clinic_finder_map_widget_config(r):
    return ('window.CLINIC_FINDER = {\n  mapsBrowserKey: "AIza%s",  // HTTP-referrer restricted\n  algoliaAppId: "%s",\n'
            '  algoliaSearchOnlyKey: "%s",\n  sentryDsn: "https://%s@o%s.ingest.sentry.io/%s"\n};\n' % (
                C.rstr(r, C.B64URL, 35), C.rstr(r, C.UPALNUM, 10), C.rstr(r, C.HEX, 32), C.rstr(r, C.HEX, 32),
                C.rstr(r, D, 6), C.rstr(r, D, 7)))


def fitting_software_diagnostic_bundle(r):
    return ("[Settings]\nNoahServer=%s\nNoahUser=fitadmin\nNoahPassword=********\nCloudClientSecret=%s\nLtk=<hidden 32 chars>\n" % (
        r.choice(["noah01.hearwell.lan", "10.20.4.15"]), "\u2022" * 8 + C.rstr(r, C.B64URL, 4)))


def claims_portal_settings_screenshot_ocr(r):
    return ("CLAIMS PORTAL - INTEGRATION SETTINGS\nSubmitter ID  SUB%s\nAPI key       ****-****-****-%s\nWebhook secret [REDACTED]\n"
            "Last rotated   %d days ago\n" % (C.rstr(r, D, 6), C.rstr(r, C.UHEX, 4), r.randint(3, 90)))


def noah_integration_readme_snippet(r):
    return ("## Configure\n\n```bash\nexport NOAH_ES_CLIENT_SECRET=<your-client-secret>\nexport NOAH_API_SUBSCRIPTION_KEY=\"YOUR_SUBSCRIPTION_KEY_HERE\"\n"
            "```\n\nNever commit real values; use the clinic vault (step %d).\n" % r.randint(2, 6))


def recall_service_env_example(r):
    return ("# .env.example - copy to .env and fill in\nRECALL_WEBHOOK_SECRET=\nTWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            "REMOTE_FITTING_API_KEY=${REMOTE_FITTING_API_KEY:?set me}\nCLINIC_CODE=HW-%s\n" % C.rstr(r, string.ascii_uppercase, 3))


def helm_values_with_secret_refs(r):
    return ("env:\n  - name: NOAH_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: noah-db-%s\n        key: password\n"
            "  - name: HEARING_CLOUD_CLIENT_SECRET\n    value: \"vault:secret/data/hearing-cloud#client_secret\"\n" % C.rstr(r, C.LOWALNUM, 5))


def ci_pipeline_secret_references(r):
    return ("env:\n  RECALL_WEBHOOK_SECRET: ${{ secrets.RECALL_WEBHOOK_SECRET }}\n  CLAIMS_PORTAL_LOGIN: op://Clinic-%s/claims-portal/credential\n"
            "  CI_RECORDS_KEY: arn:aws:secretsmanager:eu-west-2:%s:secret:ci-records-key-%s\n" % (
                C.rstr(r, string.ascii_uppercase, 3), C.rstr(r, D, 12), C.rstr(r, C.ALNUM, 6)))


def age_armored_backup_header(r):
    body = C.b64(C.rbytes(r, 144))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("noah_backup_%s.sql.age\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % (
        C.rstr(r, D, 8), "\n".join(lines)))


def pgp_message_in_referral_email(r):
    body = C.b64(C.rbytes(r, 180))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("Please find the encrypted referral below (your public key, fingerprint %s).\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (
        C.rstr(r, C.UHEX, 40), "\n".join(lines), C.b64(C.rbytes(r, 3))))


_BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def clinic_users_table_dump(r):
    rows = ["id | username | password_hash | role"]
    for i in range(3):
        rows.append("%d | %s | $2b$12$%s | %s" % (i + 1, r.choice(["a.okafor", "reception", "audtech2", "m.haddad"]),
                                                C.rstr(r, _BCRYPT, 53), r.choice(["audiologist", "front_desk"])))
    return "\n".join(rows) + "\n"


def kiosk_shadow_file_excerpt(r):
    return ("root:!:19%s:0:99999:7:::\nkiosk:$6$%s$%s:19%s:0:99999:7:::\n" % (
        C.rstr(r, D, 3), C.rstr(r, _BCRYPT, 16), C.rstr(r, _BCRYPT, 86), C.rstr(r, D, 3)))


def patient_portal_reset_sms_thread(r):
    return ("Patient: I can't log in to the hearing portal, forgot my password\nClinic: No problem - we've sent a reset link to the e-mail on file. "
            "We will never ask for your password by text.\nPatient: got it, thanks\nClinic: Your next hearing-aid check is on %d June.\n" % r.randint(2, 28))


def clinic_security_policy_paragraph(r):
    return ("Fitting PCs: every audiologist has their own Noah login. Passwords must be at least %d characters, are never written on "
            "sticky notes, never shared in chat and are rotated when staff leave. The audiometer bridge admin password lives only in the vault.\n" % r.choice([12, 14, 16]))


def udi_label_barcode_scan(r):
    return "scan> (01)%s(11)24%02d%02d(10)L%s(21)%s\n" % (_gtin14(r), r.randint(1, 12), r.randint(1, 28), C.rstr(r, D, 6), _serial(r))


def gudid_lookup_response_json(r):
    g = _gtin14(r)
    return ('{"gudid":{"device":{"brandName":"Lumen","versionModelNumber":"L5-R312","deviceId":"%s",'
            '"deviceIdIssuingAgency":"GS1","deviceDescription":"Air conduction hearing aid"}}}\n' % g)


def tele_session_join_log(r):
    return ("tele-fit session %s: audiologist joined (trace %s, span %s)\ntele-fit session %s: patient joined from app 4.%d.%d, latency %d ms\n" % (
        C.uuid4(r), C.rstr(r, C.HEX, 32), C.rstr(r, C.HEX, 16), C.uuid4(r), r.randint(0, 9), r.randint(0, 20), r.randint(40, 200)))


def webhook_delivery_attempt_log(r):
    return ("POST https://clinic.example/hooks/recall 200 (%d ms)\n  X-Recall-Delivery: %s\n  X-Recall-Signature: t=17%s,v1=%s\n" % (
        r.randint(80, 900), C.uuid4(r), C.rstr(r, D, 8), _sha256(r)))


CLASSES = [
    ("hearing_aid_serial_and_lot_numbers", [repair_intake_form_extract, warranty_card_registration_email],
     "device serials, lots, receiver part numbers, intake and warranty registration numbers"),
    ("audiogram_threshold_exports", [noah_audiogram_xml_fragment, audiogram_csv_export_rows],
     "audiogram thresholds in Noah-style XML and CSV (numbers and GUIDs only)"),
    ("noah_patient_and_action_guids", [noah_action_log_rows, patient_merge_report],
     "patient / action GUIDs (UUIDv4), module names, job ids"),
    ("bluetooth_and_asha_identifiers", [asha_gatt_service_dump, companion_pairing_debug_log],
     "device addresses, ASHA HiSyncId, Bluetooth SIG service UUIDs (public)"),
    ("insurance_claim_and_npi_numbers", [device_claim_status_email, x12_837_claim_segment],
     "claim numbers, prior-auth numbers, HCPCS codes, NPIs with a real Luhn check digit, X12 envelopes with blank security fields"),
    ("national_health_and_voucher_numbers", [nhs_referral_letter_ocr, hearing_services_voucher_notice],
     "NHS numbers (999 test range, real mod-11 check digit), UBRNs, voucher and client numbers"),
    ("repair_rma_and_courier_tracking_numbers", [rma_batch_manifest, courier_tracking_update_sms],
     "RMA numbers, serials, courier tracking and collection references"),
    ("firmware_and_fitting_module_digests", [firmware_package_sha256_manifest, fitting_module_msi_checksums],
     "real SHA-256 / SHA-1 digests of random bytes"),
    ("browser_keys_in_hearing_test_landing_pages", [online_hearing_test_page_html, clinic_finder_map_widget_config],
     "Stripe `pk_live_`, PostHog `phc_`, referrer-restricted Maps browser key, Algolia search-only key, Sentry DSN key (public by design)"),
    ("masked_credentials_in_fitting_support_logs", [fitting_software_diagnostic_bundle, claims_portal_settings_screenshot_ocr],
     "`********`, bullets plus a four-character tail, `<hidden 32 chars>`, `[REDACTED]`"),
    ("placeholders_in_audiology_integration_docs", [noah_integration_readme_snippet, recall_service_env_example],
     "`<your-client-secret>`, `YOUR_SUBSCRIPTION_KEY_HERE`, empty values, `xxxx…`, `${…:?set me}`"),
    ("vault_and_keychain_references_in_clinic_deploys", [helm_values_with_secret_refs, ci_pipeline_secret_references],
     "secretKeyRef, `vault:` paths, `${{ secrets.X }}`, `op://` and Secrets Manager ARNs"),
    ("age_and_pgp_encrypted_clinic_backups", [age_armored_backup_header, pgp_message_in_referral_email],
     "armoured age and PGP ciphertext (random bytes in the right frame)"),
    ("staff_login_bcrypt_and_sha512crypt_hashes", [clinic_users_table_dump, kiosk_shadow_file_excerpt],
     "bcrypt `$2b$12$` and sha512-crypt `$6$` strings (random bytes in the right format; one-way, not usable)"),
    ("hearing_care_talk_about_passwords_without_values", [patient_portal_reset_sms_thread, clinic_security_policy_paragraph],
     "talk about passwords and resets with no value"),
    ("udi_device_identifiers_with_gs1_check_digits", [udi_label_barcode_scan, gudid_lookup_response_json],
     "UDI strings and GTIN-14 device identifiers with real GS1 check digits"),
    ("remote_fitting_session_and_trace_ids", [tele_session_join_log, webhook_delivery_attempt_log],
     "session UUIDs, trace / span ids, a webhook HMAC signature output"),
]

WRAPPERS = [
    ("in_clinic_slack_thread", lambda t: "Slack #clinic-it\nDaniel: anything sensitive in this?\n```\n" + t + "```\nAisha: no, fine to share\n"),
    ("in_fitting_support_ticket", lambda t: "Ticket FS-%s\nCustomer attached:\n" + t + "-- end of attachment --\n"),
    ("in_audiology_wiki_page", lambda t: "== Reference: example output ==\n<pre>\n" + t + "</pre>\nLast edited by the clinic IT team.\n"),
    ("in_practice_manager_mail_forward", lambda t: "---------- Forwarded message ---------\nFrom: practice manager\n\n" + t + "\nRegards\n"),
    ("in_companion_app_pr_comment", lambda t: "review comment on fixtures/sample.txt:\n> " + t.replace("\n", "\n> ").rstrip("> ") + "\nLooks safe to keep in the repo.\n"),
]


def generate(seed=17506, forbidden=()):
    rng = random.Random(seed)
    recs = []
    for cname, kinds, _desc in CLASSES:
        for kind in kinds:
            for w in [None] + [x[0] for x in WRAPPERS]:
                for _ in range(50):
                    body = kind(rng)
                    if w is None:
                        text, cont = body, kind.__name__
                    else:
                        fn = dict(WRAPPERS)[w]
                        text = fn(body)
                        if "%s" in text:
                            text = text.replace("%s", str(rng.randint(1000, 9999)), 1)
                        cont = kind.__name__ + "__" + w
                    if not any(f in text for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative collides")
                recs.append({"id": None, "class": cname, "container": cont, "text": text, "source": "negative"})
    return recs
