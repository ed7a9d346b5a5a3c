"""Hard negatives from the optician world: no secret in any of these texts."""
import base64
import hashlib
import hmac
import random

import common231 as C

WRAPPERS = [
    ("in_optician_teams_channel", "[Teams] #dispensary\nMarta 10:14: is this OK to paste here?\n{body}\nJon 10:16: yes, nothing secret in it.\n"),
    ("in_lens_lab_helpdesk_ticket", "Ticket #{n} - lens lab helpdesk\nCustomer wrote:\n{body}\nAgent note: reference data only, fine to keep on the ticket.\n"),
    ("in_practice_email_chain", "From: Practice Manager\nTo: IT support\nSubject: RE: is this sensitive?\n\n{body}\n\nNone of the above is confidential - go ahead.\n"),
    ("in_optometry_forum_post", "optometryforum.example > IT & software > reply #{n}\nQuote:\n{body}\nReply: nothing in there is a secret.\n"),
]


def _sph(r):
    return "%+.2f" % (r.randint(-40, 24) * 0.25)


def gen_rx(kind, r):
    if kind == "rx_card_printout":
        return ("SPECTACLE PRESCRIPTION  (issued %02d/%02d/2024)\n      SPH     CYL    AXIS  PRISM  BASE  ADD\nR   %s   %.2f   %03d   %.1f    %s   +%.2f\nL   %s   %.2f   %03d   %.1f    %s   +%.2f\nPD %d/%d mm   BVD 12   Recall 24 months" % (
            r.randint(1, 28), r.randint(1, 12), _sph(r), -r.randint(0, 12) * 0.25, r.randint(1, 180), r.randint(0, 4) * 0.5,
            r.choice(["IN", "OUT", "UP", "DN"]), r.randint(3, 10) * 0.25, _sph(r), -r.randint(0, 12) * 0.25, r.randint(1, 180),
            r.randint(0, 4) * 0.5, r.choice(["IN", "OUT", "UP", "DN"]), r.randint(3, 10) * 0.25, r.randint(29, 36), r.randint(29, 36)))
    rows = ["patient_ref,eye,sph,cyl,axis,add,va"]
    for _ in range(4):
        pr = "PT%05d" % r.randint(0, 99999)
        for eye in "RL":
            rows.append("%s,%s,%s,%.2f,%d,%.2f,6/%d" % (pr, eye, _sph(r), -r.randint(0, 12) * 0.25, r.randint(1, 180), r.randint(0, 12) * 0.25, r.choice([5, 6, 9, 12])))
    return "\n".join(rows)


def gen_frame(kind, r):
    if kind == "frame_temple_inside_marking_ocr":
        return "[OCR, inside left temple]\n%s%d %s %d\u25a1%d %d  CE  Made in Italy\n[inside right temple]\n%s %s 3N" % (
            r.choice(["RB", "VO", "OX", "PR", "TH"]), r.randint(1000, 9999), r.choice(["2000", "2012", "W1", "5386", "C3"]),
            r.randint(47, 56), r.randint(15, 22), r.choice([135, 140, 145, 150]), r.choice(["Havana", "Black", "Crystal", "Tortoise"]),
            "%02d%02dA" % (r.randint(0, 99), r.randint(0, 99)))
    rows = ["sku\tmodel\tcolour\tsize\tEAN\ttrade_gbp"]
    for _ in range(5):
        body = "50" + "".join(r.choice(C.DIGITS) for _ in range(10))
        ean = body + _gs1_check(body)
        rows.append("FR-%05d\t%s-%d\tC%d\t%d-%d-%d\t%s\t%.2f" % (r.randint(0, 99999), r.choice(["Aster", "Brow", "Panto", "Aviator"]), r.randint(10, 99),
                                                            r.randint(1, 9), r.randint(47, 56), r.randint(15, 22), r.choice([135, 140, 145]), ean, r.randint(2000, 9000) / 100))
    return "\n".join(rows)


def gen_oma(kind, r):
    radii = ";".join(str(r.randint(2100, 2600)) for _ in range(20))
    if kind == "oma_vca_trace_excerpt":
        return "REQ=FIL\nJOB=J%06d\nDBL=%.1f\nTRCFMT=1;400;U;R;F\nR=%s\nHBOX=%.2f;%.2f\nVBOX=%.2f;%.2f\nFPINB=%.2f;%.2f" % (
            r.randint(0, 999999), r.randint(150, 220) / 10, radii, r.randint(4700, 5600) / 100, r.randint(4700, 5600) / 100,
            r.randint(3000, 4200) / 100, r.randint(3000, 4200) / 100, r.randint(100, 300) / 100, r.randint(100, 300) / 100)
    return "\n".join("%02d:%02d EDGER-2 job J%06d trace ok circ=%.2f pins=%d bevel=%s" % (
        r.randint(8, 17), r.randint(0, 59), r.randint(0, 999999), r.randint(15000, 17800) / 100, r.randint(0, 2),
        r.choice(["AUTO", "FRONT", "50/50"])) for _ in range(5))


def gen_labjob(kind, r):
    if kind == "lab_order_confirmation_email":
        return "Order confirmation\nJob: J%06d   Tray: T-%04d   Account: LL-%04d\nLens: %s 1.%d %s\nDue: 2024-%02d-%02d   Carrier ref: %d" % (
            r.randint(0, 999999), r.randint(0, 9999), r.randint(0, 9999), r.choice(["VX XR", "SV ASPH", "PAL DIGI", "OFFICE 2M"]),
            r.choice([5, 6, 67, 74]), r.choice(["CRZ SAP", "HC", "AR BLUE", "PHOTO GRY"]), r.randint(1, 12), r.randint(1, 28), r.randint(10 ** 9, 10 ** 10 - 1))
    return "[tray label OCR]\nT-%04d  J%06d\n%s / %s\nBARCODE %d\nQC %s" % (r.randint(0, 9999), r.randint(0, 999999), r.choice(["R", "L", "R+L"]),
                                                                    r.choice(["1.6 SV", "1.5 PAL", "1.67 ASPH"]), r.randint(10 ** 11, 10 ** 12 - 1), r.choice(["PASS", "HOLD"]))


def gen_goc(kind, r):
    if kind == "practice_about_page_footer":
        return "Bright Optics Ltd - registered in England no. %08d. Our optometrists are registered with the General Optical Council (GOC %02d-%05d, %02d-%05d). NHS contract ODS code T%s%03d." % (
            r.randint(10 ** 6, 10 ** 8 - 1), 1, r.randint(0, 99999), 1, r.randint(0, 99999), r.choice("ABCDEFGH"), r.randint(0, 999))
    rows = ["GOS batch %d - %d claims" % (r.randint(1000, 9999), r.randint(20, 90))]
    for _ in range(4):
        rows.append("form GOS%d  performer 01-%05d  contract T%s%03d  item %d" % (r.choice([1, 3, 4]), r.randint(0, 99999), r.choice("ABCDEFGH"), r.randint(0, 999), r.randint(100, 999)))
    return "\n".join(rows)


def _gs1_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gen_udi(kind, r):
    def gtin():
        body = "0" + "".join(r.choice(C.DIGITS) for _ in range(12))
        return body + _gs1_check(body)
    if kind == "contact_lens_box_label_hri":
        return "[DataMatrix HRI]\n(01)%s(17)%02d%02d%02d(10)L%07d\nBC 8.%d  DIA 14.%d  PWR %s\nSTERILE R" % (
            gtin(), r.randint(26, 29), r.randint(1, 12), r.randint(1, 28), r.randint(0, 9999999), r.randint(4, 9), r.randint(0, 5), _sph(r))
    return "\n".join("scan %02d:%02d (01)%s(17)2%d%02d28(10)L%07d qty %d" % (r.randint(8, 17), r.randint(0, 59), gtin(), r.randint(6, 9), r.randint(1, 12), r.randint(0, 9999999), r.randint(1, 12)) for _ in range(4))


def gen_dicom(kind, r):
    def uid():
        return "1.2.826.0.1.3680043.10.%d.%d.%d" % (r.randint(100, 999), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 5, 10 ** 7))
    if kind == "dicom_header_dump":
        return "(0008,0016) UI =OphthalmicTomographyImageStorage\n(0008,0018) UI [%s]\n(0008,0050) SH [ACC%08d]\n(0020,000D) UI [%s]\n(0020,000E) UI [%s]\n(0008,0070) LO [OCT maker]\n(0018,1000) LO [SN%07d]" % (
            uid(), r.randint(0, 10 ** 8), uid(), uid(), r.randint(0, 10 ** 7))
    rows = ["accession,study_uid,modality,station_ae"]
    for _ in range(3):
        rows.append("ACC%08d,%s,%s,%s" % (r.randint(0, 10 ** 8), uid(), r.choice(["OPT", "OP"]), r.choice(["OCTROOM1", "FUNDUS2", "OCTARCH"])))
    return "\n".join(rows)


def gen_public(kind, r):
    if kind == "booking_widget_script_tag":
        return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n  const search = algoliasearch('%s', '%s'); // search-only key\n</script>\n"
                "<script src=\"https://maps.googleapis.com/maps/api/js?key=AIza%s&libraries=places\"></script>") % (
            C.rstr(r, C.ALNUM, 97), C.rstr(r, C.UPPER_ALNUM, 10), C.rstr(r, C.HEX, 32), C.rstr(r, C.B64URL, 35))
    return ("{\n  \"sentryDsn\": \"https://%s@o%d.ingest.sentry.io/%d\",\n  \"klaviyoSiteId\": \"%s\",\n  \"recaptchaSiteKey\": \"6L%s\",\n  \"posthogKey\": \"phc_%s\"\n}") % (
        C.rstr(r, C.HEX, 32), r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 6, 10 ** 7), C.rstr(r, C.ALNUM, 6), C.rstr(r, C.B64URL, 38), C.rstr(r, C.ALNUM, 43))


JWT_IO_SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                 "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def gen_docs(kind, r):
    if kind == "api_docs_snippet_md":
        return ("## Quick start\n```bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                "export LAB_BRIDGE_API_KEY=<your-lab-bridge-key>\n```\nReplace the placeholders with the values from step %d." % r.randint(2, 6))
    return ("### Configure the SDK\n```js\nconst client = new LabClient({ apiKey: process.env.LAB_API_KEY ?? 'YOUR_API_KEY' });\n"
            "// example token from jwt.io, do not use in production\nconst demo = '%s';\n```\nSee section %d.%d." % (JWT_IO_SAMPLE, r.randint(1, 9), r.randint(1, 9)))


def gen_masked(kind, r):
    if kind == "pms_settings_screen_ocr":
        return "[screenshot OCR - Practice Manager > Settings > Integrations]\nLab portal user: %s\nLab portal password: \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\nSMS token: rcl_\u2026%s   [Show]\nEdger service code: ********" % (
            r.choice(["dispenser", "optom1", "frontdesk"]), C.rstr(r, C.ALNUM, 4))
    return "Support chat export\nAgent: please confirm the last four of the key\nCustomer: ends in ...%s (the rest is hidden on my screen)\nAgent: thanks, key id %s matches - the value itself stays [REDACTED]." % (
        C.rstr(r, C.HEX, 4), "key_" + C.rstr(r, C.LOWER_ALNUM, 8))


def gen_refs(kind, r):
    if kind == "helm_values_secret_refs":
        return ("env:\n  - name: LAB_BRIDGE_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: lab-bridge\n        key: api-key\n"
                "  - name: PRACTICE_DB_PASSWORD\n    value: \"op://Practice/PMS database/password\"\n  - name: RECALL_SMS_TOKEN\n    value: \"${{ secrets.RECALL_SMS_TOKEN }}\"\n"
                "  - name: VIEWER_JWT\n    value: \"arn:aws:secretsmanager:eu-west-2:%012d:secret:viewer/jwt-%s\"" % (r.randint(10 ** 11, 10 ** 12 - 1), C.rstr(r, C.ALNUM, 6)))
    return ("{\n  \"LabBridge:ApiKey\": \"@Microsoft.KeyVault(SecretUri=https://kv-optics-%s.vault.azure.net/secrets/lab-api-key/)\",\n"
            "  \"Practice:DbPassword\": \"%%env(PRACTICE_DB_PASSWORD)%%\",\n  \"Edger:Service\": \"vault:secret/data/edger#service\",\n  \"Imaging:Password\": \"/run/secrets/imaging_server\"\n}") % C.rstr(r, C.LOWER_ALNUM, 5)


def gen_hashes(kind, r):
    if kind == "django_auth_user_dump":
        rows = ["id|username|password_hash|last_login"]
        for i in range(3):
            rows.append("%d|%s|pbkdf2_sha256$870000$%s$%s|2024-0%d-1%d" % (i + 1, r.choice(["optom1", "locum", "dispenser", "manager"]),
                                                                       C.rstr(r, C.ALNUM, 22), base64.b64encode(C.rbytes(r, 32)).decode(), r.randint(1, 9), r.randint(0, 9)))
        return "\n".join(rows)
    ycr = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "\n".join("%s:$y$j9T$%s$%s:19%d:0:99999:7:::" % (u, C.rstr(r, ycr, 22), C.rstr(r, ycr, 43), r.randint(100, 999)) for u in ("labsync", "edgerop", "octview"))


def gen_cipher(kind, r):
    if kind == "sops_encrypted_yaml":
        def enc():
            return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(C.rbytes(r, r.randint(12, 30))).decode(),
                                                                    base64.b64encode(C.rbytes(r, 32)).decode(), base64.b64encode(C.rbytes(r, 16)).decode())
        return "lab_bridge_api_key: %s\npractice_db_password: %s\nsops:\n    age:\n        - recipient: %s\n    lastmodified: \"2024-03-0%dT10:11:12Z\"\n    version: 3.8.1" % (
            enc(), enc(), C.bech32_encode("age", list(C.rbytes(r, 32))), r.randint(1, 9))
    lines = ["$ANSIBLE_VAULT;1.1;AES256"]
    blob = C.rbytes(r, 160).hex()
    for i in range(0, len(blob), 80):
        lines.append(blob[i:i + 80])
    return "\n".join(lines)


def gen_digests(kind, r):
    if kind == "compose_pinned_images":
        return "services:\n  practice:\n    image: registry.brightoptics.lan/practice@sha256:%s\n  labbridge:\n    image: ghcr.io/brightoptics/labbridge@sha256:%s" % (
            hashlib.sha256(C.rbytes(r, 64)).hexdigest(), hashlib.sha256(C.rbytes(r, 64)).hexdigest())
    return ("<script src=\"/static/tryon.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>\n"
            "<link rel=\"stylesheet\" href=\"/static/shop.css\" integrity=\"sha256-%s\">") % (
        base64.b64encode(hashlib.sha384(C.rbytes(r, 64)).digest()).decode(), base64.b64encode(hashlib.sha256(C.rbytes(r, 64)).digest()).decode())


def gen_pubkeys(kind, r):
    if kind == "age_recipients_txt":
        return "# recipients.txt - who can decrypt the frame-design archive\n# workshop laptop\n%s\n# backup NAS\n%s" % (
            C.bech32_encode("age", list(C.rbytes(r, 32))), C.bech32_encode("age", list(C.rbytes(r, 32))))
    return "[Peer]\n# lab gateway\nPublicKey = %s\nAllowedIPs = 10.77.0.%d/32\nEndpoint = vpn.lenslab.example:51820\nPersistentKeepalive = 25" % (
        base64.b64encode(C.rbytes(r, 32)).decode(), r.randint(2, 250))


PROSE_POLICY = [
    "Never write a patient-record password on the dispensing bench or on the back of a frame tray.",
    "Locums get their own login on day one; nobody shares the front-desk account.",
    "If a lab rep asks for the portal password on the phone, say no and call the lab back on the number in the contract.",
    "Passwords for the OCT server are changed when a staff member leaves, and stored only in the practice password manager.",
    "Use a passphrase of at least four unrelated words; do not reuse your personal e-mail password.",
    "The edger service code is held by the practice manager, not printed on the cabinet.",
    "Report any sticky note with a login on it to the manager - we will change it the same day.",
    "Two-factor sign-in is required for the PCSE and GOC portals.",
]


def gen_policy(kind, r):
    k = r.sample(PROSE_POLICY, 3)
    if kind == "staff_handbook_it_policy":
        return "Staff handbook, section %d - IT and passwords\n1. %s\n2. %s\n3. %s" % (r.randint(4, 9), k[0], k[1], k[2])
    return "Locum induction checklist (%s)\n[ ] %s\n[ ] %s\n[ ] %s\n[ ] Fire exits and eyewash station shown" % (r.choice(["High Street", "Mall", "Clinic 2"]), k[0], k[1], k[2])


def gen_serials(kind, r):
    mac = ":".join("%02x" % x for x in C.rbytes(r, 6))
    if kind == "instrument_asset_register":
        return "asset,device,serial,firmware,mac\nA-%03d,OCT scanner,SN%08d,v%d.%d.%d,%s\nA-%03d,Lens edger,ED-%s-%04d,%d.%02d,-\nA-%03d,Auto-refractor,AR%07d,%d.%d,-" % (
            r.randint(0, 999), r.randint(0, 10 ** 8), r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), mac, r.randint(0, 999), C.rstr(r, C.UPPER, 2),
            r.randint(0, 9999), r.randint(1, 9), r.randint(0, 99), r.randint(0, 999), r.randint(0, 10 ** 7), r.randint(1, 9), r.randint(0, 9))
    return "Service visit report\nEngineer: K. Brandt   Visit %d\nDevice: slit lamp, serial SL-%06d, lamp hours %d\nDevice: tonometer, serial NCT%06d, calibration ref CAL-%s-%d\nNetwork: %s on VLAN %d" % (
        r.randint(1000, 9999), r.randint(0, 999999), r.randint(100, 5000), r.randint(0, 999999), C.rstr(r, C.UPPER, 3), r.randint(10, 99), mac, r.randint(10, 40))


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _ksuid(r):
    n = int.from_bytes((r.randint(300000000, 330000000)).to_bytes(4, "big") + C.rbytes(r, 16), "big")
    s = ""
    while n:
        n, k = divmod(n, 62)
        s = B62[k] + s
    return s.rjust(27, "0")


def _s10(r):
    d = "".join(r.choice(C.DIGITS) for _ in range(8))
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(x) * y for x, y in zip(d, w)) % 11
    c = 5 if c == 11 else 0 if c == 10 else c
    return "%s%s%d%s" % (r.choice(["RB", "LX", "JD", "AA"]), d, c, "GB")


def gen_orders(kind, r):
    if kind == "webshop_order_export":
        rows = ["order_id,event_id,placed,items,total_gbp"]
        for _ in range(3):
            rows.append("#%d,%s,2024-0%d-%02d,%d,%.2f" % (r.randint(10000, 99999), C.uuid4(r), r.randint(1, 9), r.randint(1, 28), r.randint(1, 3), r.randint(2000, 40000) / 100))
        return "\n".join(rows)
    return "\n".join("manifest %s  parcel %s  order #%d" % (_ksuid(r), _s10(r), r.randint(10000, 99999)) for _ in range(3))


def gen_sigs(kind, r):
    body = b'{"type":"booking.created","id":"%d"}' % r.randint(10 ** 6, 10 ** 7)
    key = C.rbytes(r, 32)
    if kind == "webhook_delivery_log":
        ts = 1709280000 + r.randint(0, 10 ** 6)
        return "POST /hooks/payments 200 (14 ms)\nStripe-Signature: t=%d,v1=%s\nX-Hub-Signature-256: sha256=%s" % (
            ts, hmac.new(key, body, hashlib.sha256).hexdigest(), hmac.new(C.rbytes(r, 32), body, hashlib.sha256).hexdigest())
    return "Request inspector capture #%d\nX-Shopify-Hmac-Sha256: %s\nX-Shopify-Topic: orders/create\nContent-Length: %d" % (
        r.randint(100, 999), base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode(), len(body))


CLASSES = [
    ("spectacle_prescription_rows", ["rx_card_printout", "pms_rx_export_csv"], gen_rx, "spectacle prescriptions: sphere / cylinder / axis / prism / add / PD values"),
    ("frame_markings_and_skus", ["frame_temple_inside_marking_ocr", "supplier_price_list_tsv"], gen_frame, "frame model, colour and box-size markings, SKUs, EAN-13 codes with real GS1 check digits"),
    ("oma_tracer_data_files", ["oma_vca_trace_excerpt", "edger_job_log"], gen_oma, "OMA / VCA tracer data (radii lists, box sizes) and edger job logs"),
    ("lens_lab_job_and_tray_refs", ["lab_order_confirmation_email", "tray_label_ocr"], gen_labjob, "lab job numbers, tray numbers, lens product codes, carrier references"),
    ("goc_and_ods_registration_codes", ["practice_about_page_footer", "gos_claim_batch_summary"], gen_goc, "GOC registration numbers, NHS ODS contract codes, company numbers, GOS claim form refs"),
    ("gs1_udi_contact_lens_labels", ["contact_lens_box_label_hri", "stock_receipt_scan_log"], gen_udi, "GS1 UDI element strings (01) GTIN-14 with real check digits, (17) expiry, (10) lot"),
    ("dicom_uids_and_accession_numbers", ["dicom_header_dump", "pacs_worklist_csv"], gen_dicom, "DICOM SOP / study / series UIDs, accession numbers, AE titles, device serials"),
    ("browser_embedded_public_keys", ["booking_widget_script_tag", "tryon_app_public_config_json"], gen_public, "Stripe pk_live_51, Algolia search-only key, Maps browser key, Sentry DSN, Klaviyo site id, reCAPTCHA site key, PostHog phc_ (public by design)"),
    ("sdk_quickstart_example_values", ["api_docs_snippet_md", "sdk_readme_setup"], gen_docs, "documentation examples: the AWS example key pair, the jwt.io sample token, <your-…> / YOUR_API_KEY placeholders"),
    ("masked_values_in_screens", ["pms_settings_screen_ocr", "support_chat_masked"], gen_masked, "bullets, stars, ellipsis-truncated and last-four displays, [REDACTED]"),
    ("secret_store_lookup_expressions", ["helm_values_secret_refs", "appsettings_keyvault_refs"], gen_refs, "secretKeyRef, op://, ${{ secrets.* }}, Secrets Manager ARN, Key Vault reference, %env()%, vault: path, /run/secrets path"),
    ("django_and_yescrypt_password_hashes", ["django_auth_user_dump", "linux_shadow_audit"], gen_hashes, "Django pbkdf2_sha256 hash strings and yescrypt $y$ shadow entries (random in frame)"),
    ("sops_and_ansible_vault_ciphertext", ["sops_encrypted_yaml", "ansible_vault_file"], gen_cipher, "SOPS ENC[AES256_GCM,…] values with age recipients, Ansible Vault 1.1 hex blobs"),
    ("image_digests_and_sri_hashes", ["compose_pinned_images", "shop_html_sri_tags"], gen_digests, "container image @sha256 digests and subresource-integrity sha384 / sha256 hashes (real digests of random bytes)"),
    ("age_recipients_and_wireguard_public_keys", ["age_recipients_txt", "wireguard_peer_config"], gen_pubkeys, "age1 recipients (real Bech32 checksums) and WireGuard peer public keys"),
    ("optical_practice_password_policy_prose", ["staff_handbook_it_policy", "locum_induction_checklist"], gen_policy, "handbook and induction prose about passwords with no password in it"),
    ("ophthalmic_instrument_serials", ["instrument_asset_register", "service_engineer_visit_report"], gen_serials, "OCT, edger, auto-refractor, slit-lamp and tonometer serials, firmware versions, MAC addresses"),
    ("order_ids_ksuid_and_uuid", ["webshop_order_export", "courier_label_manifest"], gen_orders, "UUIDv4 event ids, KSUIDs, order numbers, Royal Mail S10 parcel ids with real check digits"),
    ("webhook_signature_headers", ["webhook_delivery_log", "request_inspector_capture"], gen_sigs, "Stripe-Signature v1, X-Hub-Signature-256 and X-Shopify-Hmac-Sha256 values (HMAC outputs, not keys)"),
]


def build(forbidden_fn):
    """forbidden_fn(text) -> True if the text must be redrawn."""
    r = random.Random(C.SEEDS["negatives"])
    recs = []
    seen = set()
    for cls, kinds, fn, _desc in CLASSES:
        for kind in kinds:
            for w in [None] + WRAPPERS:
                for _ in range(200):
                    body = fn(kind, r)
                    if w is None:
                        text, cont = body + "\n", kind
                    else:
                        text = w[1].replace("{n}", str(r.randint(1000, 99999))).replace("{body}", body)
                        cont = kind + "__" + w[0]
                    if text in seen or forbidden_fn(text):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not be drawn: " + cls)
                seen.add(text)
                recs.append({"id": "x", "class": cls, "container": cont, "text": text, "source": "negative"})
    return recs
