import random, hashlib
from common138 import *
def imo(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(5)]
    return "IMO " + "".join(map(str, d)) + str(sum(x * w for x, w in zip(d, range(7, 1, -1))) % 10)
def gs1(r, n=18):
    d = [r.randint(0, 9) for _ in range(n - 1)]
    s_ = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(d)))
    return "".join(map(str, d)) + str((10 - s_ % 10) % 10)
def sha(r): return hashlib.sha256(bytes(r.getrandbits(8) for _ in range(24))).hexdigest()
def md5(r): return hashlib.md5(bytes(r.getrandbits(8) for _ in range(24))).hexdigest()
def mmsi(r): return "2" + str(r.randint(57, 59)) + s(r, "0123456789", 6)
SP = ["SAL", "COD", "HAD", "POK", "HER", "MAC", "HKE", "WHB", "CAP", "PRA"]
AREA = ["27.2.a", "27.4.a", "27.6.a", "27.1.b", "27.5.b", "21.3.M"]
K = {
 "vessel_imo_and_mmsi_numbers": [
   ("vessel_register_csv", lambda r: "name,imo,mmsi,flag\n" + "".join("MS %s,%s,%s,NO\n" % (r.choice(["Havbris","Nordkapp","Seiholmen","Kvitfjord"]), imo(r), mmsi(r)) for _ in range(3))),
   ("ais_static_report_line", lambda r: "AIS type 5: MMSI %s %s callsign LK%s dest BODO" % (mmsi(r), imo(r), s(r, UPAL, 3)))],
 "gs1_sscc_pallet_codes": [
   ("pallet_label_scan", lambda r: "(00)%s (02)0%s (3103)%s" % (gs1(r), gs1(r, 13), s(r, "0123456789", 6))),
   ("despatch_advice_rows", lambda r: "DESADV\n" + "".join("SSCC %s  %d cartons\n" % (gs1(r), r.randint(20, 80)) for _ in range(3)))],
 "fao_species_and_fishing_area_codes": [
   ("catch_certificate_species_table", lambda r: "species;area;kg\n" + "".join("%s;%s;%d\n" % (r.choice(SP), r.choice(AREA), r.randint(100, 9000)) for _ in range(3))),
   ("landing_note_area_rows", lambda r: "Landing note %s: ICES %s, FAO %s, gear OTB, mesh %d mm" % (s(r, "0123456789", 8), r.choice(AREA), r.choice(SP), r.choice([80, 100, 120])))],
 "fishing_licence_and_permit_numbers": [
   ("licence_register_extract", lambda r: "Licence %s-%s valid 2026-01-01..2026-12-31 quota unit %s" % (r.choice(["N","H","F"]), s(r, "0123456789", 6), s(r, UPAL, 4))),
   ("permit_renewal_letter_line", lambda r: "Your aquaculture permit %s/%s (site %s) has been renewed." % (s(r, "0123456789", 4), r.randint(2019, 2026), s(r, "0123456789", 5)))],
 "pen_and_cage_site_ids": [
   ("site_geojson_props", lambda r: '{"type":"Feature","properties":{"site_id":"%s","pen":"P%02d","locality_no":%s}}' % (s(r, UPAL, 3) + "-" + s(r, "0123456789", 5), r.randint(1, 16), s(r, "0123456789", 5))),
   ("pen_stocking_plan_rows", lambda r: "".join("pen %s-%02d  smolt batch %s  %d fish\n" % (s(r, UPAL, 2), i, s(r, UPAL + "-", 8), r.randint(100000, 200000)) for i in range(1, 4)))],
 "sonar_and_video_file_digests": [
   ("rov_video_manifest", lambda r: "".join("%s  net_inspection_%02d.mp4\n" % (sha(r), i) for i in range(2))),
   ("echo_sounder_file_checksums", lambda r: "".join("MD5 (EK80-D2026%s.raw) = %s\n" % (s(r, "0123456789", 4), md5(r)) for _ in range(2)))],
 "processing_lot_and_batch_codes": [
   ("fillet_lot_label_text", lambda r: "LOT %s  PROD %s  BEST BEFORE %s  PLANT NO-%s-EC" % (s(r, UPAL, 10), "2026-03-%02d" % r.randint(1, 28), "2027-03-%02d" % r.randint(1, 28), s(r, "0123456789", 4))),
   ("freezer_batch_register", lambda r: "".join("batch %s  tunnel %d  core -%d C\n" % (s(r, UPAL, 4) + s(r, "0123456789", 6), r.randint(1, 6), r.randint(18, 25)) for _ in range(3)))],
 "publishable_storefront_and_search_keys": [
   ("auction_checkout_publishable_key", lambda r: "const stripe = Stripe('pk_live_%s');" % s(r, B62, 99)),
   ("catch_map_search_only_key", lambda r: "algoliasearch('%s', '%s') // search-only key, safe in browser" % (s(r, UPAL, 10), s(r, HEX, 32)))],
 "masked_vessel_portal_credentials": [
   ("portal_settings_masked_form", lambda r: "ERS portal user: skipper%d\nPassword: ••••••••••\nAPI key: %s************" % (r.randint(1, 99), s(r, HEX, 4))),
   ("relay_log_masked_header", lambda r: "2026-03-04T05:%02d:11Z relay auth header=Bearer ***REDACTED*** status=200" % r.randint(0, 59))],
 "placeholder_farm_config_values": [
   ("farm_env_sample_file", lambda r: "AKVA_CONNECT_API_KEY=<your-api-key>\nCATCH_REPORT_API_KEY=replace-me\nFEED_BARGE_HMI_PASSWORD=CHANGE_ME_%d" % r.randint(1, 9)),
   ("vendor_readme_request_example", lambda r: "curl -H 'Authorization: Bearer YOUR_TOKEN_HERE' https://api.example.com/v%d/pens" % r.randint(1, 3))],
 "secret_manager_lookups": [
   ("aws_secretsmanager_arn_refs", lambda r: "valueFrom: arn:aws:secretsmanager:eu-north-1:%s:secret:vms/relay-%s" % (s(r, "0123456789", 12), s(r, B62, 6))),
   ("azure_keyvault_secret_uri_refs", lambda r: "@Microsoft.KeyVault(SecretUri=https://kv-farm-%s.vault.azure.net/secrets/elog-db/)" % s(r, LOAL, 5))],
 "ansible_vault_and_kms_ciphertexts": [
   ("ansible_vault_encrypted_var", lambda r: "db_pass: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + "\n  ".join(s(r, HEX, 64) for _ in range(3))),
   ("kms_ciphertext_blob_base64", lambda r: "CiphertextBlob: AQICAHh" + b64(r, 120))],
 "crew_password_training_talk_without_value": [
   ("crew_security_briefing_note", lambda r: "Briefing %d: never write the wheelhouse PC password on the chart table; use the vessel password manager and rotate after each crew change." % r.randint(1, 40)),
   ("deckhand_reset_help_chat", lambda r: "[%02d:%02d] deckhand: forgot my logbook app password again / office: use the reset link, I will not send it in chat" % (r.randint(0, 23), r.randint(0, 59)))],
 "ers_message_and_trip_ids": [
   ("ers_dep_message_header", lambda r: "<ERS RN=\"%s\" RD=\"2026-03-04\"><DEP TI=\"%s\" MA=\"%s\"/></ERS>" % (s(r, UPAL, 3) + s(r, "0123456789", 9), uuid4(r), s(r, UPAL, 3))),
   ("trip_declaration_receipt", lambda r: "Trip %s accepted, message id %s" % (s(r, "0123456789", 10), uuid4(r)))],
 "cold_store_sensor_device_euis": [
   ("sensor_inventory_csv", lambda r: "dev_eui,room\n" + "".join("%s,freezer-%d\n" % (s(r, "0123456789ABCDEF", 16), i) for i in range(3))),
   ("lorawan_uplink_metadata", lambda r: '{"devEUI":"%s","gatewayId":"%s","fCnt":%d,"rssi":-%d}' % (s(r, HEX, 16), s(r, HEX, 16), r.randint(1, 9999), r.randint(60, 120)))],
 "auction_settlement_reference_ids": [
   ("auction_settlement_webhook_json", lambda r: '{"id":"evt_%s","payment_intent":"pi_%s","idempotency_key":"%s"}' % (s(r, B62, 24), s(r, B62, 24), uuid4(r))),
   ("invoice_payment_reference_line", lambda r: "KID %s / invoice %s / auction lot %s" % (s(r, "0123456789", 15), s(r, "0123456789", 8), s(r, UPAL, 6)))],
}
WRAP = ["", "__in_farm_ops_slack_thread", "__in_vessel_app_merge_request", "__in_plant_it_service_ticket", "__in_fisheries_dev_wiki", "__in_buyer_support_email"]
def wrap(w, body):
    if w == "": return body
    return {"__in_farm_ops_slack_thread": "Slack #farm-ops, reply in thread:\n" + body + "\n(that's not a secret, just pasting for context)",
            "__in_vessel_app_merge_request": "Review comment on MR !%d:\n```\n%s\n```\nlooks fine to me" % (len(body), body),
            "__in_plant_it_service_ticket": "Ticket INC-%d\nCustomer pasted:\n%s" % (len(body) * 7, body),
            "__in_fisheries_dev_wiki": "== Reference ==\n<pre>\n" + body + "\n</pre>",
            "__in_buyer_support_email": "Hello,\n\nplease see below:\n\n" + body + "\n\nBest regards,\nBuyer support"}[w]
def gen():
    r = random.Random(13806); out = []
    for cls, kinds in K.items():
        for kind, f in kinds:
            for w in WRAP:
                out.append(dict(**{"class": cls}, container=kind + w, text=wrap(w, f(r)), source="negative"))
    return out
