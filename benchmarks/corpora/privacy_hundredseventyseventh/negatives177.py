"""Hard negatives of the masonry / heritage world: look secret-ish, hold no secret."""
import hashlib
import hmac
import json
import random

from common177 import (ALNUM, HEX, UPPER, DIGITS, LOWER, B64URL, rstr, rbytes, b64, b64url_nopad, uuid4,
                       iban_check, gb_vat, ifc_globalid, luhn_digit)

SEED = 17706
UA = UPPER + DIGITS


def _sha(r):
    return hashlib.sha256(rbytes(r, 64)).hexdigest()


def _md5(r):
    return hashlib.md5(rbytes(r, 64)).hexdigest()


def _sha1(r):
    return hashlib.sha1(rbytes(r, 64)).hexdigest()


def _iban(r):
    bban = "STCR" + "%06d" % r.randint(0, 999999) + "%08d" % r.randint(0, 99999999)   # bank code, sort code, account
    bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
    return "GB" + iban_check("GB", bban) + bban


# ---- base kinds: class -> [(kind, fn)] ------------------------------------------
def k_consent(r):
    return (f"DERBYSHIRE DALES DISTRICT COUNCIL\nListed Building Consent – Decision Notice\nApplication No: {r.randint(21, 25)}/{r.randint(100, 1999):05d}/LBC\n"
            f"Planning Portal ref: PP-{r.randint(10000000, 13999999)}\nList entry number: {r.randint(1050000, 1490000)} (Grade II)\n"
            f"Proposal: Repair of dry-stone boundary wall and lime repointing of north gable\nDecision: GRANTED subject to 4 conditions\n")


def k_list_lookup(r):
    return json.dumps({"listEntry": r.randint(1050000, 1490000), "name": r.choice(["BARN AT LOW FOLD FARM", "CHAPEL OF ST ANNE", "PACKHORSE BRIDGE", "LIMEKILN AT COWDALE"]),
                       "grade": r.choice(["II", "II*"]), "ngr": "SK %05d %05d" % (r.randint(10000, 29999), r.randint(50000, 79999)),
                       "legacyUid": str(r.randint(80000, 99999)), "firstListed": "1967-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))}, indent=2) + "\n"


def k_control(r):
    rows = ["point_id,easting,northing,height_m,method"]
    for i in range(4):
        rows.append("CP%02d,%d.%03d,%d.%03d,%d.%03d,GNSS-RTK" % (i + 1, r.randint(410000, 429999), r.randint(0, 999), r.randint(350000, 379999), r.randint(0, 999), r.randint(150, 400), r.randint(0, 999)))
    return "# control points, EPSG:27700 / ODN heights\n" + "\n".join(rows) + "\n"


def k_gnss(r):
    body = "GNGGA,%02d%02d%02d.00,5312.%04d,N,00138.%04d,W,4,%d,0.6,%d.4,M,48.2,M,1.0,0000" % (
        r.randint(6, 17), r.randint(0, 59), r.randint(0, 59), r.randint(1000, 9999), r.randint(1000, 9999), r.randint(12, 24), r.randint(180, 320))
    chk = 0
    for ch in body:
        chk ^= ord(ch)
    return ("$%s*%02X\n" % (body, chk)) + f"session={uuid4(r)} base=DYKESIDE-BASE ntrip_mount=RTCM3_GB{r.randint(10, 99)} fix=RTK_FIXED\n"


def k_upload_manifest(r):
    lines = ["# survey upload manifest – chapel north elevation"]
    for i in range(3):
        lines.append("%s  DJI_%04d.JPG" % (_sha(r), r.randint(100, 9999)))
    return "\n".join(lines) + "\n"


def k_tile_md5(r):
    return "\n".join("MD5 (tiles/%d/%d/%d.b3dm) = %s" % (r.randint(12, 18), r.randint(1000, 9999), r.randint(1000, 9999), _md5(r)) for _ in range(3)) + "\n"


def k_flightlog(r):
    return (f"Aircraft: Mavic 3 Enterprise  SN: 1581F{rstr(r, UA, 10)}\nRC SN: 5YSZ{rstr(r, UA, 10)}\nOperator ID: GBR-OP-{rstr(r, UA, 12)}\n"
            f"Flyer ID: GBR-RP-{rstr(r, UA, 8)}\nFlight: {uuid4(r)}  Duration 00:{r.randint(10, 38)}:{r.randint(10, 59)}\n")


def k_caa_mail(r):
    return (f"Subject: Your UK CAA registration is due for renewal\n\nDear operator,\nYour operator ID GBR-OP-{rstr(r, UA, 12)} expires on 0{r.randint(1, 9)}/0{r.randint(1, 9)}/2025. "
            "Your operator ID must be displayed on every aircraft you are responsible for.\nReference: DMARES-" + str(r.randint(1000000, 9999999)) + "\n")


def k_delivery(r):
    return (f"HOPTON WOOD STONE LTD  Delivery Ticket DT-{r.randint(22, 25)}-{r.randint(10000, 99999)}\nBlock No. HW-B-{r.randint(1000, 9999)}  Bed: {r.choice(['A', 'B', 'C'])}  Weight: {r.randint(2, 9)}.{r.randint(10, 99)} t\n"
            f"Order ref: PO-{r.randint(40000, 49999)}  Vehicle: {rstr(r, UPPER, 2)}{r.randint(10, 74)} {rstr(r, UPPER, 3)}\nSigned: ____________\n")


def k_block_register(r):
    rows = ["BlockNo,Quarry,Stone,Length_mm,Height_mm,Bed_mm,Lot"]
    for _ in range(3):
        rows.append("%s-%d,%s,%s,%d,%d,%d,LOT%s" % (r.choice(["HW", "STN", "DDS"]), r.randint(1000, 9999), r.choice(["Hopton", "Stanton Moor", "Dukes"]),
                                                   r.choice(["limestone", "gritstone", "sandstone"]), r.randint(400, 1800), r.randint(200, 600), r.randint(150, 400), rstr(r, UA, 6)))
    return "\n".join(rows) + "\n"


def k_scaffold_register(r):
    rows = ["Tag,Location,Inspected,Inspector CISRS,Status"]
    for _ in range(3):
        rows.append("SCF-%05d,%s,2024-%02d-%02d,%08d,%s" % (r.randint(1, 99999), r.choice(["N gable lift 3", "tower bay 2", "porch birdcage"]), r.randint(1, 12), r.randint(1, 28), r.randint(10000000, 99999999), r.choice(["SAFE", "DO NOT USE"])))
    return "\n".join(rows) + "\n"


def k_handover(r):
    return (f"SCAFFOLD HANDOVER CERTIFICATE  No. HC-{r.randint(1000, 9999)}/{r.randint(22, 25)}\nDesign ref: TG20:21 compliance sheet {rstr(r, UA, 8)}\n"
            f"Max load class: 2 (1.5 kN/m²)   Inspected by CISRS card {r.randint(10000000, 99999999)}\nNext inspection due within 7 days.\n")


def k_cis_statement(r):
    return (f"CIS PAYMENT AND DEDUCTION STATEMENT\nContractor UTR: {r.randint(1000000000, 9999999999)}   Accounts Office ref: 123P{rstr(r, UA, 8)}\n"
            f"Subcontractor: R. Hallam Walling  Verification no: V{r.randint(1000000000, 9999999999)}/{r.choice(UPPER)}\n"
            f"Paid to IBAN {_iban(r)}  Gross £{r.randint(900, 9000)}.00  Deducted (20%) £{r.randint(100, 900)}.00\n")


def k_supplier_form(r):
    return json.dumps({"supplier": r.choice(["Peak Lime Supplies", "Dales Scaffolding", "Cowdale Quarry Ltd"]), "vatNumber": "GB" + gb_vat(r),
                       "companyNumber": "%08d" % r.randint(1000000, 14999999), "iban": _iban(r), "sortCode": "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)),
                       "remittanceEmail": "accounts@example.co.uk"}, indent=2) + "\n"


def k_grant_letter(r):
    return (f"National Lottery Heritage Fund – Grant offer\nReference: NH-{r.randint(21, 25)}-{r.randint(10000, 99999)}\nGrantee: Cowdale Chapel Trust (registered charity {r.randint(1000000, 1199999)})\n"
            f"Grant: £{r.randint(10, 250)},{r.randint(100, 999)}  Payment request form PR{r.randint(1, 9)} due quarterly\n")


def k_claim_form(r):
    return (f"Claim no: {r.randint(1, 12)}\nProject ref: HES-{r.randint(2022, 2025)}-{r.randint(1000, 9999)}\nCharity (SC) no: SC0{r.randint(10000, 49999)}\n"
            f"Company no: SC{r.randint(100000, 799999)}\nInvoice refs: INV-{r.randint(1000, 9999)}, INV-{r.randint(1000, 9999)}\n")


def k_ifc(r):
    lines = ["DATA;"]
    for i in range(3):
        lines.append("#%d= IFCWALL('%s',#5,'%s',$,$,#%d,#%d,'%s',.STANDARD.);" % (r.randint(100, 9999), ifc_globalid(r), r.choice(["North gable", "Boundary wall W", "Porch return"]), r.randint(10, 99), r.randint(100, 999), uuid4(r)))
    return "\n".join(lines) + "\nENDSEC;\n"


def k_e57(r):
    return (f"E57 header\n  guid: {{{uuid4(r)}}}\n  data3D[0].guid: {{{uuid4(r)}}}\n  sensorSerialNumber: LS{r.randint(1000000, 9999999)}\n  pointCount: {r.randint(10 ** 6, 10 ** 8)}\n")


def k_lfs(r):
    return f"version https://git-lfs.github.com/spec/v1\noid sha256:{_sha(r)}\nsize {r.randint(10 ** 6, 10 ** 9)}\n"


def k_gitlog(r):
    msgs = ["add chapel north tie points", "bump colmap to 3.10", "fix UTM to OSGB transform", "mesh decimation for portal viewer"]
    return "\n".join("%s %s" % (_sha1(r)[:r.choice([7, 12, 40])], r.choice(msgs)) for _ in range(4)) + "\n"


def _pk_mapbox(r):
    return "pk." + b64url_nopad(json.dumps({"u": "stonecraft", "a": rstr(r, LOWER + DIGITS, 25)}, separators=(",", ":")).encode()) + "." + rstr(r, B64URL, 22)


def k_contact_html(r):
    return (f"<form action=\"/contact\" method=\"post\">\n  <div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA{rstr(r, B64URL, 12)}\"></div>\n"
            f"  <div class=\"g-recaptcha\" data-sitekey=\"6L{rstr(r, B64URL, 38)}\"></div>\n</form>\n"
            f"<script>const stripe = Stripe('pk_live_51{rstr(r, ALNUM, 97)}');</script>\n")


def k_map_embed(r):
    return (f"// progress map – browser keys, restricted by referrer to portal.stonecraft.co.uk\nexport const MAPBOX_PUBLIC_TOKEN = '{_pk_mapbox(r)}';\n"
            f"export const GOOGLE_MAPS_BROWSER_KEY = 'AIza{rstr(r, B64URL, 35)}';\nexport const SENTRY_DSN = 'https://{rstr(r, HEX, 32)}@o{r.randint(100000, 999999)}.ingest.de.sentry.io/{r.randint(1000000, 9999999)}';\n")


def k_settings_ocr(r):
    return (f"Integrations › Photogrammetry queue\nAPI key   pgj_live_••••••••••••••••{rstr(r, ALNUM, 4)}   [Reveal] [Rotate]\nWebhook secret   ●●●●●●●●●●●●   last rotated 12 May\n"
            f"Drone upload HMAC   ******** (hidden)\n")


def k_ci_masked(r):
    return (f"$ echo \"deploying with $YARD_DB_PASSWORD\"\ndeploying with [MASKED]\n$ ./deploy.sh --token ****\nJob {r.randint(10 ** 8, 10 ** 9)} succeeded (secrets masked: 3)\n")


def k_sdk_readme(r):
    return ("## Quick start\n\n```bash\nexport PGJ_API_KEY=<your-photogrammetry-api-key>\ncurl -H \"Authorization: Bearer $PGJ_API_KEY\" https://api.example.invalid/v1/jobs\n```\n"
            f"Replace `YOUR_UPLOAD_KEY` with the key from Settings › Keys (looks like `pgj_live_xxxxxxxxxxxxxxxxxxxxxxxx`). Example job id: {uuid4(r)}\n")


def k_env_example(r):
    return (f"# .env.example – copy to .env and fill in\nYARD_INVENTORY_DB_PASSWORD=\nDRONE_UPLOAD_HMAC_KEY=<base64-48-bytes>\nCURE_LOGGER_AES_KEY=0000000000000000000000000000000000000000000000000000000000000000\n"
            f"PAYMENT_WEBHOOK_SECRET=spwh_REPLACE_ME\nSURVEY_REGION=eu-west-{r.randint(1, 3)}\n")


def k_bicep_ref(r):
    return (f"\"yardDbPassword\": {{\n  \"reference\": {{\n    \"keyVault\": {{ \"id\": \"/subscriptions/{uuid4(r)}/resourceGroups/rg-heritage/providers/Microsoft.KeyVault/vaults/kv-stonecraft-prod\" }},\n"
            "    \"secretName\": \"yard-db-password\"\n  }\n},\n\"AppSettings__PortalKey\": \"@Microsoft.KeyVault(SecretUri=https://kv-stonecraft-prod.vault.azure.net/secrets/portal-key/)\"\n")


def k_ssm_ref(r):
    return (f"      Environment:\n        Variables:\n          DB_PASSWORD: '{{{{resolve:ssm-secure:/yard/prod/db-password:{r.randint(1, 9)}}}}}'\n"
            f"          PGJ_KEY: '{{{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-2:{r.randint(10 ** 11, 10 ** 12 - 1)}:secret:pgj/prod-{rstr(r, ALNUM, 6)}:SecretString:key}}}}'\n")


def k_ansible_vault(r):
    body = rbytes(r, 120).hex()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, len(body), 80)) + "\n"


def k_sops(r):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, r.randint(12, 30))), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    return (f"yard_db_password: {enc()}\ndrone_upload_hmac_key: {enc()}\nsops:\n    lastmodified: \"2024-05-{r.randint(10, 28)}T09:14:02Z\"\n"
            f"    mac: ENC[AES256_GCM,data:{b64(rbytes(r, 32))},iv:{b64(rbytes(r, 32))},tag:{b64(rbytes(r, 16))},type:str]\n    version: 3.8.1\n")


def k_argon(r):
    rows = ["id | email | password_hash"]
    for i in range(2):
        rows.append("%d | %s@stonecraft.co.uk | $argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (r.randint(1, 500), r.choice(["tom", "ruth", "gaz", "priya"]), b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("=")))
    return "\n".join(rows) + "\n"


def k_pbkdf2(r):
    rows = []
    for i in range(2):
        rows.append("(%d, 'pbkdf2_sha256$720000$%s$%s', '%s')" % (r.randint(1, 300), rstr(r, ALNUM, 22), b64(rbytes(r, 32)), r.choice(["mason", "survey", "office"])))
    return "INSERT INTO auth_user (id, password, username) VALUES\n" + ",\n".join(rows) + ";\n"


def k_induction(r):
    return ("SITE INDUCTION – IT AND DATA\n• Your portal password must be at least 14 characters; use three random words.\n"
            "• Never write passwords on the cabin whiteboard or in the site diary.\n• The office will never ask for your password by text or WhatsApp.\n"
            f"• Lost phone? Ring the office on 01629 {r.randint(100000, 999999)} to have your access reset.\n")


def k_handbook(r):
    return ("Crew handbook, section 9 (passwords)\nThe tablet PIN and the survey app password are personal. If you think someone knows yours, "
            "change it from Settings › Security and tell Priya. Shared logins for the yard PC were retired in "
            f"{r.choice(['March', 'April', 'June'])} 2024; each mason now has an individual account.\n")


def k_webhook_log(r):
    body = json.dumps({"id": "evt_" + rstr(r, ALNUM, 24), "type": "payout.paid"}).encode()
    sig = hmac.new(rbytes(r, 32), body, hashlib.sha256).hexdigest()
    return (f"POST /hooks/payments 200 {r.randint(20, 300)}ms\nStripe-Signature: t={1717000000 + r.randint(0, 9999999)},v1={sig}\n"
            f"Idempotency-Key: {uuid4(r)}\nbody: {body.decode()}\n")


def k_callback_dump(r):
    body = b'{"upload":"ok"}'
    sig = hmac.new(rbytes(r, 32), body, hashlib.sha256).hexdigest()
    return (f"X-Request-Id: {uuid4(r)}\nX-Hub-Signature-256: sha256={sig}\nX-Amz-Cf-Id: {rstr(r, B64URL, 54)}==\n"
            f"traceparent: 00-{rstr(r, HEX, 32)}-{rstr(r, HEX, 16)}-01\n")


CLASSES = [
    ("listed_building_entry_and_consent_refs", [("consent_decision_notice_extract", k_consent), ("historic_england_list_entry_lookup", k_list_lookup)],
     "LBC application numbers, Planning Portal refs, list entry numbers, NGRs"),
    ("os_grid_and_survey_control_coordinates", [("survey_control_point_csv", k_control), ("gnss_rover_session_log", k_gnss)],
     "OSGB eastings / northings, NMEA sentences with checksum-looking hex, session UUIDs"),
    ("drone_image_sha256_manifests", [("survey_upload_manifest_sha256", k_upload_manifest), ("photogrammetry_tile_md5_list", k_tile_md5)],
     "real SHA-256 / MD5 digests of random bytes"),
    ("drone_airframe_serials_and_operator_ids", [("flight_log_header_export", k_flightlog), ("caa_registration_reminder_email", k_caa_mail)],
     "aircraft and controller serials, CAA operator and flyer ids (public, displayed on the aircraft)"),
    ("quarry_block_and_delivery_ticket_numbers", [("quarry_delivery_ticket_ocr", k_delivery), ("stone_yard_block_register_csv", k_block_register)],
     "block numbers, delivery tickets, lot codes"),
    ("scaffold_tag_and_inspection_refs", [("scaffold_inspection_register_rows", k_scaffold_register), ("scaffold_handover_certificate_text", k_handover)],
     "scaffold tags, handover certificate numbers, CISRS card numbers"),
    ("subcontractor_bank_iban_and_vat_numbers", [("cis_payment_statement_extract", k_cis_statement), ("supplier_onboarding_form_json", k_supplier_form)],
     "GB IBANs with real mod-97 check digits, GB VAT numbers with a real mod-97 check, UTRs, CIS verification numbers"),
    ("grant_award_and_charity_numbers", [("grant_offer_letter_header", k_grant_letter), ("funder_claim_form_fields", k_claim_form)],
     "grant references, charity and company numbers"),
    ("ifc_globalid_and_point_cloud_guids", [("ifc_step_file_excerpt", k_ifc), ("e57_scan_header_dump", k_e57)],
     "IFC GlobalIds (real 22-character compressed UUIDv4), E57 GUIDs, scanner serials"),
    ("git_lfs_pointers_and_commit_ids", [("lfs_pointer_file_photogrammetry_repo", k_lfs), ("git_log_oneline_survey_repo", k_gitlog)],
     "Git LFS sha256 oids and git commit ids (real digests of random bytes)"),
    ("publishable_captcha_map_and_payment_keys", [("client_portal_contact_page_html", k_contact_html), ("progress_map_embed_config_js", k_map_embed)],
     "Turnstile and reCAPTCHA site keys, Stripe `pk_live_`, Mapbox `pk.` (real base64url JSON), referrer-restricted Maps browser key, Sentry DSN public key"),
    ("masked_tokens_in_yard_admin_screens", [("integration_settings_screen_ocr", k_settings_ocr), ("ci_job_log_masked_vars", k_ci_masked)],
     "bullets with a four-character tail, `●●●●`, `********`, `[MASKED]`, `****`"),
    ("placeholder_values_in_survey_sdk_docs", [("survey_sdk_readme_quickstart", k_sdk_readme), ("photogrammetry_env_example", k_env_example)],
     "`<your-…>`, `YOUR_UPLOAD_KEY`, `xxxx…`, empty values, an all-zero hex key, `spwh_REPLACE_ME`"),
    ("key_vault_and_ssm_references_in_heritage_deploys", [("bicep_keyvault_reference_params", k_bicep_ref), ("cloudformation_ssm_dynamic_refs", k_ssm_ref)],
     "Key Vault references, `{{resolve:ssm-secure:…}}` and Secrets Manager dynamic references"),
    ("ansible_vault_and_sops_ciphertext", [("ansible_vault_encrypted_vars_file", k_ansible_vault), ("sops_encrypted_yaml_values", k_sops)],
     "Ansible Vault hex bodies and SOPS `ENC[AES256_GCM,…]` values (random bytes in the right frame)"),
    ("argon2_and_pbkdf2_password_hash_rows", [("portal_users_argon2_dump", k_argon), ("django_auth_user_pbkdf2_rows", k_pbkdf2)],
     "argon2id and Django pbkdf2_sha256 strings (random bytes in the right frame; one-way, not usable)"),
    ("password_rules_in_site_induction_material", [("site_induction_it_slide_text", k_induction), ("crew_handbook_password_paragraph", k_handbook)],
     "talk about passwords with no password in it"),
    ("webhook_signature_headers_and_request_ids", [("payment_webhook_delivery_log", k_webhook_log), ("upload_callback_request_dump", k_callback_dump)],
     "HMAC signature outputs (`v1=`, `sha256=`), request ids, idempotency keys, trace ids"),
]

WRAPPERS = [
    ("", None),
    ("__in_crew_whatsapp_export", lambda r, t: "[%02d:%02d, %02d/06/2024] Tom (office): pasting this for the record\n%s[%02d:%02d] Gaz: ta" % (r.randint(7, 18), r.randint(0, 59), r.randint(1, 28), t, r.randint(7, 18), r.randint(0, 59))),
    ("__in_conservation_email_forward", lambda r, t: "---------- Forwarded message ---------\nFrom: Ruth (Conservation Officer)\nSubject: chapel works – records\n\n%s\nBest wishes, Ruth\n" % t),
    ("__in_yard_helpdesk_ticket", lambda r, t: "YHD-%d  Priority: low  Reporter: dave.h\nDescription:\n%s\nStatus: Waiting for support\n" % (r.randint(100, 999), t)),
    ("__in_heritage_wiki_page", lambda r, t: "== Reference: chapel project ==\nLast edited by priya.\n<pre>\n%s</pre>\n" % t),
    ("__in_survey_app_code_review", lambda r, t: "@@ review comment on fixtures/sample_%d.txt @@\n> is this safe to commit?\n%s> yes – nothing secret in here.\n" % (r.randint(1, 99), t)),
]


def build(banned):
    """banned: every registered value / plain / run; a negative is redrawn if it contains one."""
    rng = random.Random(SEED)
    recs = []
    for cls, kinds, _desc in CLASSES:
        for kind, fn in kinds:
            for wname, wfn in WRAPPERS:
                for _ in range(50):
                    t = fn(rng)
                    if wfn:
                        t = wfn(rng, t)
                    if not any(b in t for b in banned):
                        break
                else:
                    raise RuntimeError("negative redraw failed")
                recs.append({"class": cls, "container": kind + wname, "text": t, "source": "negative"})
    return recs
