from gen153 import *

def ean13(r, prefix):
    d = prefix + s(r, 12 - len(prefix), DIG)
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - tot % 10) % 10)

def gan(r): return 'MIG12-' + s(r, 8, DIG)
def chip(r): return '900' + s(r, 12, DIG)
SPECIES = ['Panthera tigris altaica', 'Okapia johnstoni', 'Ailurus fulgens', 'Carcharias taurus', 'Dendrobates tinctorius', 'Gorilla gorilla gorilla']

C = [
 ('zims_global_accession_numbers', [
   ('zims_animal_export_csv', lambda r: "GAN,LocalId,Species,Sex\n" + "\n".join(f"{gan(r)},{s(r,2,UP)}{s(r,4,DIG)},{r.choice(SPECIES)},{r.choice('MFU')}" for _ in range(3))),
   ('studbook_transfer_note', lambda r: f"Transfer confirmed: studbook #{r.randint(100,9999)} (GAN {gan(r)}) leaves for partner zoo on the 14th; house name 'Kibo'.")]),
 ('iso_fdx_b_microchip_numbers', [
   ('vet_chip_scan_log', lambda r: "\n".join(f"2026-03-{r.randint(10,28)} scan ok transponder={chip(r)} reader=ISO-FDX-B" for _ in range(3))),
   ('quarantine_intake_form', lambda r: f"Intake: red panda, female, microchip {chip(r)} (left shoulder), weight 5.2 kg.")]),
 ('gps_collar_serials_and_argos_ids', [
   ('collar_inventory_yaml', lambda r: "collars:\n" + "\n".join(f"  - serial: {s(r,2,UP)}-{s(r,5,DIG)}\n    argos_ptt: {r.randint(100000,299999)}" for _ in range(2))),
   ('fix_download_header', lambda r: f"# collar {r.randint(10000,99999)} PTT {r.randint(100000,299999)} IMEI {s(r,15,DIG)} fixes=412")]),
 ('camera_trap_image_digests', [
   ('trap_sha1sum_manifest', lambda r: "\n".join(f"{sha1(s(r,20))}  DCIM/100RECNX/IMG_{r.randint(1000,9999)}.JPG" for _ in range(3))),
   ('upload_dedupe_log', lambda r: f"skip duplicate sha256={sha256(s(r,24))} site=Ridge-07 frame={r.randint(1,3)}/3")]),
 ('darwin_core_occurrence_uuids', [
   ('dwc_occurrence_tsv', lambda r: "occurrenceID\tscientificName\tdecimalLatitude\n" + "\n".join(f"urn:uuid:{u4(r)}\tCaracal caracal\t-1.{r.randint(100,999)}" for _ in range(2))),
   ('gbif_dataset_key_note', lambda r: f"Published dataset key {u4(r)} (installation {u4(r)}), 1,204 records.")]),
 ('timed_entry_ticket_barcodes', [
   ('gate_scan_csv', lambda r: "barcode,slot,gate\n" + "\n".join(f"{ean13(r,'20')},10:30,G{r.randint(1,4)}" for _ in range(3))),
   ('order_confirmation_email', lambda r: f"Your timed entry for 2 adults, 11:00. Order TE-{s(r,8,UP+DIG)}, ticket barcode {ean13(r,'21')}.")]),
 ('public_map_and_checkout_client_keys', [
   ('mapbox_public_token_in_map_page', lambda r: f"mapboxgl.accessToken = 'pk.{bu({'u': 'riverbankzoo', 'a': s(r,25,LOW+DIG)})}.{s(r,22,B64U)}'; // public, URL-restricted"),
   ('checkout_client_key_in_html', lambda r: f"<script>const checkout = new AdyenCheckout({{ clientKey: 'live_{s(r,32,UP+DIG)}', environment: 'live' }});</script>")]),
 ('masked_secrets_in_lsc_hmi_logs', [
   ('hmi_audit_log', lambda r: f"{r.randint(10,23)}:{r.randint(10,59)} operator login OK user=lsc{r.randint(1,9)} password=******** panel=SharkTunnel"),
   ('historian_config_dump', lambda r: f"historian.db.password = [REDACTED {r.randint(10,20)} chars]\nhistorian.api.key = {hx(r,4)}…{hx(r,4)} (masked)")]),
 ('placeholder_values_in_field_upload_templates', [
   ('kobo_env_example', lambda r: f"KOBO_TOKEN=<paste-your-kobo-token-{r.randint(1,99)}>\nKOBO_URL=https://kf.example.org"),
   ('collar_config_template', lambda r: f"movebank_password: \"CHANGE_ME_{s(r,3,UP)}\"   # set on the field laptop, never commit")]),
 ('vault_and_keychain_pointers_in_zoo_infra', [
   ('ansible_lookup_line', lambda r: f"lsc_db_password: \"{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/lsc/db{r.randint(1,9)}:password') }}}}\""),
   ('macos_keychain_call', lambda r: f"TOKEN=$(security find-generic-password -s zims-export-{r.randint(1,99)} -w)")]),
 ('sops_and_jasypt_encrypted_values', [
   ('sops_yaml_value', lambda r: f"ticketing_api_key: ENC[AES256_GCM,data:{b64(r,30)},iv:{b64(r,12)},tag:{b64(r,16)},type:str]"),
   ('jasypt_properties', lambda r: f"donor.crm.secret=ENC({b64(r,48)})")]),
 ('pbkdf2_and_scrypt_password_hashes', [
   ('django_auth_user_row', lambda r: f"{r.randint(1,999)}|keeper{r.randint(1,99)}|pbkdf2_sha256$870000${s(r,22)}${b64(r,32)}"),
   ('scrypt_hash_column', lambda r: f"member_{r.randint(1000,9999)}: $7$C6..../....{s(r,16,ALNUM+'./')}${s(r,43,ALNUM+'./')}")]),
 ('keeper_talk_about_passwords_without_value', [
   ('keeper_chat_reminder', lambda r: f"Reminder #{r.randint(1,50)}: the LSC panel password changed this morning, ask the duty curator in person, don't post it here."),
   ('it_policy_paragraph', lambda r: f"Section {r.randint(2,9)}.{r.randint(1,9)}: keepers must never write tablet passwords on enclosure whiteboards or in the daily log.")]),
 ('vendor_docs_example_tokens_for_zoo_integrations', [
   ('docs_curl_example', lambda r: f"curl -H 'Authorization: Bearer YOUR_API_TOKEN' https://api.example.com/v{r.randint(1,3)}/animals"),
   ('docs_env_sample', lambda r: f"# sample from the integration guide\nEXAMPLE_TICKETING_KEY=xxxxxxxxxxxxxxxxxxxx{r.randint(10,99)}")]),
 ('oauth_state_and_pkce_challenge_values', [
   ('oauth_redirect_url', lambda r: f"https://members.zoo.example.org/callback?state={s(r,24,B64U)}&session_state={u4(r)}"),
   ('pkce_authorize_request', lambda r: f"GET /authorize?response_type=code&client_id=kiosk-app&code_challenge={b64u(r,32)}&code_challenge_method=S256")]),
 ('water_quality_probe_serials_and_calibration_ids', [
   ('probe_calibration_record', lambda r: f"Probe SN {s(r,2,UP)}{s(r,8,DIG)} calibrated, cal id CAL-{uhx(r,10)}, slope 98.{r.randint(0,9)}%"),
   ('modbus_register_map', lambda r: "register,name\n" + "\n".join(f"{40001 + i},{n}" for i, n in enumerate(['tank_temp', 'ph', 'orp', 'salinity'])) + f"\n# device id {uhx(r,12)}")]),
]
WRAPPERS = ['in_zoo_it_helpdesk_ticket', 'in_lsc_code_review_thread', 'in_keeper_intranet_page', 'in_conservation_grant_report', 'in_curator_email_forward']
WRAP_TPL = {
 'in_zoo_it_helpdesk_ticket': "Ticket ZIT-{n} (not a secret, closing):\n{t}",
 'in_lsc_code_review_thread': "Review comment on lsc-controller#{n}: this is fine to commit\n```\n{t}\n```",
 'in_keeper_intranet_page': "== Keeper intranet / page {n} ==\n{t}",
 'in_conservation_grant_report': "Appendix {n}, data provenance:\n{t}",
 'in_curator_email_forward': "---------- Forwarded message ----------\nSubject: records {n}\n\n{t}",
}
