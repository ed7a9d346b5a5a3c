"""Hard negatives of the dental world: no secret in any of these texts."""
import base64
import hashlib
import json
import random

from common237 import (ALNUM, B64U, DIGITS, HEX, LALNUM, UALNUM, UPPER, UUID_RE, WORLD_PW_SEARCH, b64url_nopad,
                       rbytes, rstr, uuid4, uuids_v4_ok)

SEED = 23706
WRAPPERS = [
    ("in_practice_slack_thread", "Slack #practice-it – Karen: is this safe to paste here? IT: yes, nothing secret in it:\n", "\n"),
    ("in_msp_helpdesk_ticket", "Helpdesk ticket #%d – customer attached the following (reviewed: no credentials):\n", "\n-- end of attachment --\n"),
    ("in_lab_email_forward", "---------- Forwarded message ----------\nFrom: Crownworks Lab <cases@crownworks-lab.example>\nSubject: FYI\n\n", "\n\nKind regards,\nTom\n"),
    ("in_dental_it_forum_post", "Posted in Dental IT Forum › Imaging & PMS: 'anyone seen this before? (public info, nothing sensitive)'\n\n", "\n\nThanks in advance!\n"),
]


def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(rng):
    base = str(rng.choice([1, 2])) + rstr(rng, DIGITS, 8)
    return base + luhn_digit("80840" + base)


def dea(rng):
    letters = rng.choice("ABFM") + rng.choice("BCDGHKLMNPRS")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + "".join(map(str, d)) + str(chk)


def gs1_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gtin14(rng):
    body = "0" + rstr(rng, DIGITS, 12)
    return body + gs1_check(body)


def teeth(rng, n):
    q = [11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42,
         43, 44, 45, 46, 47, 48]
    return rng.sample(q, n)


def date(rng):
    return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


# ------------------------------------------------------------------ class generators
def c_fdi(rng, k):
    if k == 0:
        lines = ["Perio chart export – patient #%d – %s" % (rng.randint(10000, 99999), date(rng))]
        for t in teeth(rng, 6):
            d = " ".join(str(rng.randint(1, 6)) for _ in range(6))
            lines.append("%d  PD %s  BOP %s  REC %d" % (t, d, rng.choice(["+", "-"]), rng.randint(0, 3)))
        return "\n".join(lines)
    surf = ["MOD", "DO", "MO", "B", "L", "O", "MODBL", "DL"]
    lines = ["Restorative chart note %s (Dr. Patel)" % date(rng)]
    for t in teeth(rng, 4):
        lines.append("#%d %s %s, shade %s" % (t, rng.choice(surf), rng.choice(["composite", "amalgam replaced", "GIC", "onlay prep"]),
                                              rng.choice(["A1", "A2", "A3", "B1"])))
    return "\n".join(lines)


CDT = [("D0120", "Periodic oral evaluation"), ("D0150", "Comprehensive oral evaluation"), ("D0210", "Intraoral complete series"),
       ("D0274", "Bitewings - four radiographic images"), ("D1110", "Prophylaxis - adult"), ("D1206", "Topical fluoride varnish"),
       ("D2392", "Resin-based composite - two surfaces, posterior"), ("D2740", "Crown - porcelain/ceramic"),
       ("D3330", "Endodontic therapy, molar"), ("D4341", "Periodontal scaling and root planing"), ("D8090", "Comprehensive orthodontic treatment")]


def c_cdt(rng, k):
    rows = rng.sample(CDT, 5)
    if k == 0:
        return "code,description,fee_usd\n" + "\n".join("%s,\"%s\",%d.00" % (c, d, rng.randint(40, 1400)) for c, d in rows)
    return "Claim lines (claim %s):\n" % rstr(rng, DIGITS, 11) + "\n".join(
        "%d  %s  tooth %s  %s  $%d.00" % (i + 1, c, rng.choice(["14", "19", "30", "--"]), d, rng.randint(40, 1400)) for i, (c, d) in enumerate(rows))


def c_npi(rng, k):
    if k == 0:
        rows = ["provider,npi,taxonomy"]
        for name in rng.sample(["Amara Okafor DDS", "Raj Patel DMD", "Lena Fischer DDS", "Tomasz Nowak DMD", "Grace Lin RDH"], 3):
            rows.append("%s,%s,%s" % (name, npi(rng), rng.choice(["1223G0001X", "1223X0400X", "124Q00000X"])))
        return "\n".join(rows)
    return ("Referral to SmileLine Orthodontics\n...\nReferring provider: Raj Patel DMD, NPI %s\nPractice NPI (type 2): %s\n"
            "Tax ID on file with payer." % (npi(rng), npi(rng)))


def c_dea(rng, k):
    if k == 0:
        return ("Controlled substance log – %s\nPrescriber DEA: %s\nDrug: hydrocodone/APAP 5/325, qty 12, patient #%d\n"
                "Witness: %s" % (date(rng), dea(rng), rng.randint(10000, 99999), rng.choice(["K. Mills", "J. Ortiz"])))
    return ("UK practice staff register\nname | role | GDC no.\n" + "\n".join(
        "%s | %s | %d" % (n, r, rng.randint(50000, 299999)) for n, r in
        rng.sample([("A. Okafor", "dentist"), ("S. Hughes", "hygienist"), ("P. Grant", "dental nurse"), ("M. Shah", "therapist")], 3)))


def c_udi(rng, k):
    g = gtin14(rng)
    udi = "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (g, rng.randint(25, 29), rng.randint(1, 12), rng.randint(1, 28),
                                                  rstr(rng, UALNUM, 8), rstr(rng, DIGITS, 9))
    if k == 0:
        return "Implant sticker scan log\n%s  scanned %s  op 2  %s" % (udi, date(rng), rng.choice(["4.1x10mm", "3.5x11.5mm", "4.8x8mm"]))
    return "Surgical record – implant site #%d\nUDI: %s\nHealing abutment UDI: (01)%s(10)%s" % (
        rng.choice([14, 19, 30, 36, 46]), udi, gtin14(rng), rstr(rng, UALNUM, 7))


def c_serials(rng, k):
    if k == 0:
        rows = ["asset,make/model,serial,firmware"]
        for m in rng.sample(["intraoral scanner", "sensor size 2", "sensor size 1", "panoramic unit", "autoclave B", "mill 5-axis"], 3):
            rows.append("%s,%s,%s-%s-%s,%d.%d.%d" % (m, m.split()[0][:3].upper() + "-" + rstr(rng, UALNUM, 3),
                                                     rstr(rng, UPPER, 3), rstr(rng, DIGITS, 4), rstr(rng, DIGITS, 6),
                                                     rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99)))
        return "\n".join(rows)
    return ("Vendor RMA form\nProduct: intraoral sensor, size 2\nSerial: %s%s\nRMA: RMA-%s\nFault: intermittent USB disconnect"
            % (rstr(rng, UPPER, 2), rstr(rng, DIGITS, 10), rstr(rng, DIGITS, 7)))


def c_dicom(rng, k):
    study = "2.25." + str(int(uuid4(rng).replace("-", ""), 16))
    sop = "1.2.826.0.1.3680043.8.498." + rstr(rng, DIGITS, 20)
    if k == 0:
        return ("(0020,000D) UI [%s]  StudyInstanceUID\n(0020,000E) UI [%s.%d]  SeriesInstanceUID\n"
                "(0008,0018) UI [%s]  SOPInstanceUID\n(0008,0060) CS [IO]  Modality" % (study, study, rng.randint(1, 9), sop))
    return "study_uid,modality,date,images\n%s,PX,%s,1\n%s,IO,%s,%d" % (
        study, date(rng), "2.25." + str(int(uuid4(rng).replace("-", ""), 16)), date(rng), rng.randint(2, 18))


def c_insurance(rng, k):
    if k == 0:
        return ("271 eligibility response\nMember ID: %s%s\nGroup: %s\nPayer ID: %s\nCoverage: preventive 100%%, basic 80%%, major 50%%"
                % (rstr(rng, UPPER, 3), rstr(rng, DIGITS, 9), rstr(rng, DIGITS, 6), rstr(rng, DIGITS, 5)))
    return ("EOB / remittance summary\nClaim control #: %s\nCheck/EFT trace: %s\nPatient acct: %d\nPaid: $%d.%02d" %
            (rstr(rng, DIGITS, 14), rstr(rng, DIGITS, 10), rng.randint(10000, 99999), rng.randint(50, 900), rng.randint(0, 99)))


def c_autoclave(rng, k):
    if k == 0:
        return ("CYCLE %05d  UNWRAPPED 134C\nSTART %02d:%02d  STER 3:30  DRY 10:00\nTEMP 134.%dC  PRESS 2.1%d bar\nOPERATOR ID %s  PASS"
                % (rng.randint(1000, 99999), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 9), rng.randint(0, 9), rstr(rng, DIGITS, 4)))
    return ("Biological indicator log\nBI lot %s  exp %s  load %d  result: negative (no growth)\nControl lot %s: positive (as expected)"
            % (rstr(rng, UALNUM, 8), date(rng), rng.randint(1, 40), rstr(rng, UALNUM, 8)))


def c_labrx(rng, k):
    if k == 0:
        return ("Lab Rx (OCR)\nCase #%s  Due %s\nTooth %d  Full-contour zirconia  Shade %s / stump %s\nMargin: chamfer  Contacts: medium"
                % (rstr(rng, DIGITS, 6), date(rng), rng.choice([14, 19, 30, 36, 46]), rng.choice(["A2", "A3", "2M2", "1M1"]),
                   rng.choice(["ND2", "ND3", "ND4"])))
    return "case_id,practice,stage,due\n" + "\n".join(
        "CW-%s,%s,%s,%s" % (rstr(rng, DIGITS, 5), p, rng.choice(["model", "design", "milling", "glaze", "QC"]), date(rng))
        for p in rng.sample(["BrightBite", "SmileLine", "Harbour Dental", "Oak Tree Dental"], 3))


def c_public(rng, k):
    if k == 0:
        return ("<!-- booking widget -->\n<script src=\"https://js.stripe.com/v3/\"></script>\n"
                "<script>const stripe = Stripe('pk_live_51%s');</script>\n"
                "<div class=\"h-captcha\" data-sitekey=\"%s\"></div>\n"
                "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>" % (rstr(rng, ALNUM, 97), uuid4(rng), rstr(rng, B64U, 12)))
    body = b64url_nopad(json.dumps({"u": "brightbite", "a": rstr(rng, LALNUM, 25)}, separators=(",", ":")).encode())
    return json.dumps({"firebase": {"apiKey": "AIza" + rstr(rng, B64U, 35), "projectId": "brightbite-patient"},
                       "mapboxPublicToken": "pk." + body + "." + rstr(rng, ALNUM, 22),
                       "sentryDsn": "https://%s@o%d.ingest.sentry.io/%d" % (rstr(rng, HEX, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999)),
                       "algoliaSearchOnlyKey": rstr(rng, HEX, 32)}, indent=2)


def c_placeholder(rng, k):
    if k == 0:
        return ("## Connect the imaging bridge\n1. Copy your key from the vendor portal.\n2. Set `IMAGING_RELAY_KEY=<your-relay-key>`\n"
                "3. For Stripe use `sk_live_XXXXXXXXXXXXXXXXXXXXXXXX` (replace with your own)\n4. Webhook secret: `whsec_...`")
    return ("# .env.sample – copy to .env and fill in\nOPEN_DENTAL_CUSTOMER_KEY=REPLACE_ME\nSMS_GATEWAY_TOKEN=${SMS_GATEWAY_TOKEN}\n"
            "LAB_WEBHOOK_SECRET=\nDJANGO_SECRET_KEY=generate-one-with-manage.py\nPMS_DB_PASSWORD=<set in vault>")


def c_masked(rng, k):
    if k == 0:
        return ("[screenshot OCR – vendor dashboard]\nAPI keys\nLive secret key   sk_live_••••••••••••%s   Reveal\n"
                "Webhook signing   whsec_••••••••%s   Roll key" % (rstr(rng, ALNUM, 4), rstr(rng, ALNUM, 4)))
    return ("$ ./deploy.sh prod\nLoading environment... PMS_DB_PASSWORD=***\nIMAGING_RELAY_KEY=[MASKED]\nRECALL_GATEWAY_TOKEN=rcl_****%s\n"
            "deploy ok in %ds" % (rstr(rng, LALNUM, 4), rng.randint(20, 90)))


def c_vaultref(rng, k):
    if k == 0:
        return json.dumps({"PmsDbPassword": "@Microsoft.KeyVault(SecretUri=https://kv-smileline-prod.vault.azure.net/secrets/pms-db/)",
                           "LabWebhookSecret": "@Microsoft.KeyVault(VaultName=kv-smileline-prod;SecretName=lab-webhook)",
                           "RecallToken": "{{resolve:secretsmanager:prod/recall:SecretString:token}}"}, indent=2)
    return ('data "vault_kv_secret_v2" "pms" {\n  mount = "secret"\n  name  = "brightbite/pms"\n}\n'
            'locals {\n  db_pw = data.vault_kv_secret_v2.pms.data["db"]\n  arn   = "arn:aws:secretsmanager:eu-west-2:%s:secret:prod/imaging-%s"\n}'
            % (rstr(rng, DIGITS, 12), rstr(rng, ALNUM, 6)))


def c_hashes(rng, k):
    def argon():
        return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (base64.b64encode(rbytes(rng, 16)).decode().rstrip("="),
                                                         base64.b64encode(rbytes(rng, 32)).decode().rstrip("="))

    def django_hash():
        return "pbkdf2_sha256$720000$%s$%s" % (rstr(rng, ALNUM, 22), base64.b64encode(rbytes(rng, 32)).decode())
    if k == 0:
        return "id | login | password\n" + "\n".join("%d | %s | %s" % (i + 1, u, argon()) for i, u in
                                                       enumerate(rng.sample(["frontdesk", "hygiene1", "drpatel", "labliaison"], 3)))
    return json.dumps([{"model": "auth.user", "pk": rng.randint(1, 99), "fields": {"username": "portal_admin",
                       "password": django_hash()}}], indent=2)


def c_wgpub(rng, k):
    def pub():
        return base64.b64encode(rbytes(rng, 32)).decode()
    if k == 0:
        return ("# wg0.conf (peer sections only, as shared with the MSP)\n[Peer]\n# branch surgery\nPublicKey = %s\n"
                "AllowedIPs = 10.60.1.0/24\nEndpoint = branch.brightbite-dental.example:51820\n\n[Peer]\n# lab\nPublicKey = %s\n"
                "AllowedIPs = 10.60.2.0/24" % (pub(), pub()))
    return "peer,public_key,allowed_ips\nmain-surgery,%s,10.60.0.0/24\nbranch,%s,10.60.1.0/24" % (pub(), pub())


def c_checksums(rng, k):
    h = hashlib.sha256(rbytes(rng, 64)).hexdigest()
    if k == 0:
        return ("ImagingBridge 4.2.1 – download\nWindows installer (x64)  ImagingBridgeSetup-4.2.1.msi\nSHA-256: %s\n"
                "Verify with: certutil -hashfile ImagingBridgeSetup-4.2.1.msi SHA256" % h)
    return ("images:\n  portal: registry.brightbite.internal/portal@sha256:%s\n  worker: registry.brightbite.internal/worker@sha256:%s"
            % (h, hashlib.sha256(rbytes(rng, 64)).hexdigest()))


def c_prose(rng, k):
    if k == 0:
        return rng.choice([
            "Security training, module 3: never write the front-desk password on a sticky note. Passwords must be at least "
            "twelve characters, unique per system, and changed after a staff member leaves. Use the practice password manager.",
            "HIPAA refresher: your login is personal. Do not share it with temps or students; the practice manager issues "
            "temporary accounts instead. Report any password you think was seen by a patient."])
    return rng.choice([
        "IT policy 4.2 – Authentication. Imaging, PMS and lab portal accounts use individual logins with MFA where the vendor "
        "supports it. Shared passwords are stored only in the vault; they are rotated every 90 days and when staff leave.",
        "Policy excerpt: passwords are never sent by SMS or e-mail. If a vendor asks for the database password, refer them "
        "to the practice manager, who will create a time-limited account."])


def c_edi(rng, k):
    if k == 0:
        ctl = rstr(rng, DIGITS, 9)
        return ("ISA*00*          *00*          *ZZ*BBDENTAL0192   *ZZ*DXCCLEARING    *%s*%s*^*00501*%s*0*P*:~\n"
                "GS*HC*BBDENTAL0192*DXCCLEARING*20%s*%s*%d*X*005010X224A2~\nST*837*%04d*005010X224A2~"
                % ("24%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)), "%02d%02d" % (rng.randint(7, 18), rng.randint(0, 59)),
                   ctl, "24%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)), "1423", rng.randint(1, 9999), rng.randint(1, 9999)))
    return ("MSH|^~\\&|LABPORTAL|CROWNWORKS|OPENDENTAL|BRIGHTBITE|2024%02d%02d%02d%02d||ACK^O01|ACK%s|P|2.5.1\nMSA|AA|MSG%s"
            % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59), rstr(rng, DIGITS, 6), rstr(rng, DIGITS, 6)))


def c_appt(rng, k):
    if k == 0:
        return "\n".join("%s 0%d:%02d  SMS to +44 7700 9%05d  'Reply C to confirm your appointment. Ref %s-%s'  delivered" %
                         (date(rng), rng.randint(7, 9), rng.randint(0, 59), rng.randint(0, 99999), rstr(rng, UALNUM, 4), rstr(rng, UALNUM, 4))
                         for _ in range(3))
    return ("Your appointment is confirmed\nBooking reference: BB-%s-%s\nCheck-in code at the kiosk: %s\nDate: %s at %02d:%02d with the hygienist"
            % (rstr(rng, UALNUM, 4), rstr(rng, UALNUM, 4), rstr(rng, DIGITS, 6), date(rng), rng.randint(8, 17), rng.choice([0, 15, 30, 45])))


CLASSES = [
    ("fdi_tooth_charting_notes", ["perio_chart_export_txt", "restorative_chart_note"], c_fdi,
     "FDI tooth numbers, surfaces, probing depths, shades"),
    ("cdt_procedure_fee_lines", ["fee_schedule_csv", "claim_line_items"], c_cdt, "CDT procedure codes, fees, claim numbers"),
    ("npi_numbers_luhn_checked", ["provider_directory_csv", "referral_letter_footer"], c_npi,
     "US NPI numbers with real Luhn check digits (prefix 80840)"),
    ("dea_and_gdc_registration_numbers", ["controlled_substance_log", "uk_practice_staff_register"], c_dea,
     "DEA registration numbers with the real DEA check digit; UK GDC numbers"),
    ("implant_udi_gs1_strings", ["implant_sticker_scan_log", "surgical_record_udi_field"], c_udi,
     "GS1 UDI strings of implants: GTIN-14 with real check digit, expiry, lot, serial"),
    ("scanner_and_sensor_serials", ["equipment_asset_register", "vendor_rma_form"], c_serials,
     "scanner, sensor, autoclave and mill serials, firmware versions, RMA numbers"),
    ("dicom_uid_values", ["dicom_header_dump", "pacs_study_list_csv"], c_dicom,
     "DICOM study / series / SOP UIDs (2.25.<decimal of a UUIDv4> and org-root UIDs)"),
    ("insurance_member_and_claim_numbers", ["eligibility_response_text", "eob_remittance_summary"], c_insurance,
     "member, group, payer, claim-control and EFT trace numbers"),
    ("autoclave_cycle_and_indicator_records", ["sterilizer_cycle_printout", "biological_indicator_log"], c_autoclave,
     "sterilizer cycle printouts, operator ids, biological-indicator lots"),
    ("lab_prescription_shade_and_case_ids", ["lab_rx_form_ocr", "case_tracking_board_csv"], c_labrx,
     "lab case ids, due dates, shades and stump shades"),
    ("patient_portal_public_client_keys", ["booking_widget_embed_html", "mobile_app_public_config_json"], c_public,
     "Stripe pk_live_51, hCaptcha and Turnstile site keys, Firebase web apiKey (AIza), Mapbox pk. token, Sentry DSN public key, Algolia search-only key (public by design)"),
    ("docs_sample_and_template_values", ["vendor_integration_readme", "env_sample_file"], c_placeholder,
     "placeholders: <your-…>, XXXX runs, whsec_..., REPLACE_ME, ${VAR}, empty values"),
    ("masked_credential_displays", ["vendor_dashboard_screenshot_ocr", "ci_job_log_masked"], c_masked,
     "bullets, ***, [MASKED], prefix-plus-stars displays"),
    ("key_vault_reference_strings", ["azure_app_service_settings_json", "terraform_data_source_refs"], c_vaultref,
     "@Microsoft.KeyVault(...) references, {{resolve:secretsmanager:…}}, Vault data sources, ARNs"),
    ("argon2_and_django_pbkdf2_hashes", ["portal_users_table_dump", "django_auth_user_fixture_json"], c_hashes,
     "argon2id and Django pbkdf2_sha256 hash strings (random in frame; the column is called password)"),
    ("wireguard_peer_public_keys", ["wg_conf_peer_sections", "vpn_peer_inventory_csv"], c_wgpub,
     "WireGuard peer public keys (Base64 of 32 bytes – the same shape as the labelled private key)"),
    ("installer_checksums_and_image_digests", ["vendor_download_page_text", "container_image_lock_yaml"], c_checksums,
     "SHA-256 installer checksums and container image digests (real digests of random bytes)"),
    ("hipaa_security_training_prose", ["staff_training_handout", "practice_it_policy_excerpt"], c_prose,
     "training and policy prose about passwords with no password in it"),
    ("edi_claim_envelope_control_numbers", ["x12_837d_envelope_excerpt", "hl7_ack_message_log"], c_edi,
     "X12 ISA envelopes with empty security elements, control numbers; HL7 ACKs with empty MSH-8"),
    ("appointment_confirmation_codes", ["sms_reminder_log", "online_booking_confirmation_email"], c_appt,
     "appointment references, check-in codes, reminder SMS logs"),
]


def generate(forbidden):
    """forbidden: list of registered strings (6+ chars) that no negative may contain."""
    rng = random.Random(SEED)
    recs = []
    seen = set()
    forb = [f for f in forbidden if len(f) >= 6]
    ticket = 48000
    for cname, kinds, fn, _desc in CLASSES:
        for k, kind in enumerate(kinds):
            for p in range(5):
                for _try in range(50):
                    body = fn(rng, k)
                    if p == 0:
                        text, container = body + "\n", kind
                    else:
                        wname, pre, post = WRAPPERS[p - 1]
                        if "%d" in pre:
                            ticket += rng.randint(1, 40)
                            pre = pre % ticket
                        text, container = pre + body + post, kind + "__" + wname
                    if text in seen or WORLD_PW_SEARCH.search(text) or not uuids_v4_ok(text):
                        continue
                    if any(f in text for f in forb):
                        continue
                    break
                else:
                    raise RuntimeError("could not draw negative " + cname)
                seen.add(text)
                recs.append({"class": cname, "container": container, "text": text, "source": "negative"})
    return recs
