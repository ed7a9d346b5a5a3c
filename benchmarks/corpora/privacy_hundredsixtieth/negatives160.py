"""Hard negatives from the vending / micro-market world (p160)."""
import hashlib, random, string, base64
from common160 import *
def upc(r):
    d = '0' + s(r, 10, string.digits)
    return d + upc_check(d)
def sha(r): return hashlib.sha256(s(r, 20).encode()).hexdigest()
def pkjwt(r):
    import json
    p = base64.urlsafe_b64encode(json.dumps({'u': 'vendroutes' + s(r, 3, LO), 'a': s(r, 25, LO)}, separators=(',', ':')).encode()).decode().rstrip('=')
    return p + '.' + b64u(r, 16)
def pan_mask(r): return r.choice(['4', '5', '37']) + s(r, 5 - 1, string.digits)[:5] + '******' + s(r, 4, string.digits)
K = {
 'dex_audit_field_values': [
  ('dex_ucs_audit_dump', lambda r: f"DXS*{s(r,10,string.digits)}*VA*V0/6*1\nST*001*0001\nID1*{s(r,12,UP)}*VE-{s(r,4,string.digits)}*1802**{s(r,6,string.digits)}*\nCA1*{s(r,10,UP)}*MDB-BV*{s(r,4,string.digits)}\nVA1*{r.randint(10000,99999)}*{r.randint(1000,9999)}*0*0\nPA1*{r.randint(10,69)}*125\nPA2*{r.randint(10,900)}*{r.randint(1000,90000)}\nG85*{s(r,4,'0123456789ABCDEF')}\nSE*9*0001\n"),
  ('dex_transmission_header_rows', lambda r: f"DXS*{s(r,10,string.digits)}*VA*V1/1*1\nDXE*1*1\n# audit id {s(r,16,'0123456789ABCDEF')}  crc {s(r,4,'0123456789ABCDEF')}\n")],
 'vending_machine_asset_and_telemeter_ids': [
  ('telemeter_inventory_csv', lambda r: "asset_tag,telemeter_imei,iccid,route\n" + ''.join(f"VM-{s(r,5,string.digits)},{(lambda d: d + luhn_digit(d))('35' + s(r,12,string.digits))},8901{s(r,15,string.digits)},R{r.randint(1,40):02d}\n" for _ in range(3))),
  ('machine_asset_tag_labels', lambda r: ''.join(f"Asset {s(r,3,UP)}-{s(r,6,string.digits)}  model 3574-{r.randint(10,99)}  serial {s(r,12,UP)}\n" for _ in range(3)))],
 'cashless_reader_serials_and_terminal_ids': [
  ('card_reader_fleet_json', lambda r: "[\n" + ",\n".join(f'  {{"serial": "{s(r,3,UP)}{s(r,9,string.digits)}", "tid": "{s(r,8,string.digits)}", "mid": "{s(r,15,string.digits)}", "fw": "4.{r.randint(0,9)}.{r.randint(0,30)}"}}' for _ in range(3)) + "\n]\n"),
  ('terminal_boot_log', lambda r: f"[boot] reader S/N {s(r,16,UP)}\n[boot] TID {s(r,8,string.digits)} MID {s(r,15,string.digits)}\n[boot] kernel id {s(r,24,'0123456789abcdef')}\n[mdb] level 3 cashless ready\n")],
 'masked_pans_and_network_token_refs': [
  ('settlement_report_masked_pans', lambda r: "date,machine,card,amount,auth\n" + ''.join(f"2026-11-{r.randint(1,28):02d},VM-{s(r,5,string.digits)},{pan_mask(r)},{r.randint(1,9)}.{r.randint(0,99):02d},{s(r,6,UP)}\n" for _ in range(3))),
  ('wallet_payment_webhook_token_ref', lambda r: f'{{"event": "payment.captured", "wallet": "apple_pay", "token_ref": "DNITHE{s(r,26,string.digits)}", "par": "V{s(r,28,UP)}", "last4": "{s(r,4,string.digits)}"}}\n')],
 'route_and_pick_list_ids': [
  ('route_manifest_rows', lambda r: "route,stop,machine,visit_id\n" + ''.join(f"R{r.randint(1,40):02d},{i+1},VM-{s(r,5,string.digits)},{uid(r)}\n" for i in range(3))),
  ('warehouse_pick_ticket', lambda r: f"PICK TICKET {s(r,10,string.digits)}\nwave W{r.randint(1,9)}-{s(r,6,string.digits)}  tote T{s(r,8,string.digits)}\nlocation A{r.randint(1,30):02d}-{r.randint(1,9)}-{r.randint(1,6)}  lpn {s(r,18,string.digits)}\n")],
 'gtin_upc_and_planogram_codes': [
  ('planogram_export_csv', lambda r: "slot,upc,facings,price\n" + ''.join(f"{r.choice('ABCDEF')}{r.randint(1,9)},{upc(r)},{r.randint(1,4)},{r.randint(1,4)}.{r.choice(['00','25','50','75'])}\n" for _ in range(4))),
  ('price_change_batch_json', lambda r: f'{{"batch": "PCB-{s(r,8,string.digits)}", "items": [{{"gtin": "0{upc(r)}", "price": 2.25}}, {{"gtin": "0{upc(r)}", "price": 1.75}}]}}\n')],
 'kiosk_receipts_and_lock_event_ids': [
  ('kiosk_receipt_text', lambda r: f"MICRO MARKET 4471\nTXN {s(r,12,string.digits)}  REG K{r.randint(1,4)}\nAPPROVED  AUTH {s(r,6,UP)}  RRN {s(r,12,string.digits)}\nAID A0000000031010\n"),
  ('lock_event_stream', lambda r: ''.join(f'{{"lock": "LK-{s(r,8,UP)}", "event": "{r.choice(["open","close","tamper"])}", "event_id": "{s(r,26,"0123456789ABCDEFGHJKMNPQRSTVWXYZ")}"}}\n' for _ in range(3)))],
 'reader_firmware_image_digests': [
  ('reader_firmware_sha256_list', lambda r: ''.join(f"{sha(r)}  reader-fw-4.{r.randint(0,9)}.{r.randint(0,40)}.bin\n" for _ in range(3))),
  ('ota_manifest_json', lambda r: f'{{"image": "kiosk-os-{r.randint(20,29)}.{r.randint(1,12)}.img", "sha256": "{sha(r)}", "md5": "{hashlib.md5(s(r,9).encode()).hexdigest()}"}}\n')],
 'publishable_wallet_and_map_keys': [
  ('kiosk_web_checkout_client_key', lambda r: f"const checkout = await AdyenCheckout({{\n  clientKey: 'live_{s(r,32,UP)}',\n  environment: 'live',\n}});\n"),
  ('route_map_public_token', lambda r: "mapboxgl.accessToken = 'pk." + pkjwt(r) + "';\n")],
 'masked_values_in_telemetry_logs': [
  ('telemetry_debug_masked', lambda r: f"DEBUG mqtt connect user=telemetry_rw password=******** client=vm-{s(r,5,string.digits)}\nDEBUG api_key={s(r,4,LO)}…{s(r,4,LO)} (masked)\n"),
  ('env_dump_asterisks', lambda r: "NAYAX_API_TOKEN=****\nCANTALOUPE_SECRET=<hidden>\nLOCK_WEBHOOK_SECRET=[masked]\nREGION=us-east-2\n")],
 'placeholder_values_in_vending_configs': [
  ('sample_env_placeholders', lambda r: "# copy to .env and fill in\nTELEMETRY_DB_PASSWORD=\nPAYRANGE_API_KEY=your-payrange-key-here\nROUTE_SYNC_TOKEN=<route-sync-token>\n"),
  ('compose_file_variable_refs', lambda r: "environment:\n  WMS_PASSWORD: ${WMS_PASSWORD:?set WMS_PASSWORD}\n  LOCK_API_KEY: ${LOCK_API_KEY}\n")],
 'secret_manager_and_vault_pointers': [
  ('gcp_secret_manager_resource_names', lambda r: f"secret: projects/vendfleet-{s(r,4,string.digits)}/secrets/kiosk-admin-password/versions/{r.randint(1,9)}\n"),
  ('hashicorp_vault_kv_paths', lambda r: f"vault kv get -field=api_key secret/vending/cashless/{s(r,6,LO)}\n")],
 'sealed_and_sops_encrypted_values': [
  ('sealed_secrets_encrypted_data', lambda r: f"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    LOCK_API_KEY: Ag{b64(r,180)}\n"),
  ('sops_encrypted_yaml', lambda r: f"route_sync_token: ENC[AES256_GCM,data:{b64(r,30)},iv:{b64(r,32)},tag:{b64(r,16)},type:str]\n")],
 'password_hashes_in_operator_tables': [
  ('pbkdf2_sha256_django_rows', lambda r: f"id,username,password\n{r.randint(1,900)},driver{r.randint(10,99)},pbkdf2_sha256$870000${s(r,22)}${b64(r,32)}\n"),
  ('sha512crypt_shadow_lines', lambda r: f"kiosk:$6${s(r,16,AL+'./')}${s(r,86,AL+'./')}:20412:0:99999:7:::\n")],
 'route_talk_about_passwords_without_one': [
  ('driver_group_chat_reset_reminder', lambda r: f"Reminder for route R{r.randint(1,40):02d}: the kiosk passwords rotate on Monday, ask dispatch for the new one, never text it.\n"),
  ('operator_handbook_password_section', lambda r: "Section 7.3 Passwords. Cabinet lock controllers ship with a factory password that must be changed at install. Store the new one in the fleet password manager, not on the machine.\n")],
 'vendor_sdk_docs_sample_credentials': [
  ('cashless_sdk_docs_curl', lambda r: "curl -H 'Authorization: Bearer YOUR_API_TOKEN' https://api.example.com/v1/machines\n"),
  ('lock_api_docs_sample_key', lambda r: "LOCK_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # replace with the key from the partner portal\n")],
}
WRAP = [('', None),
 ('__in_route_ops_mattermost_thread', "Mattermost #route-ops\nNina: is this safe to share?\n```\n{T}```\nOmar: yes, nothing secret in there.\n"),
 ('__in_vending_fw_gitea_pull_request', "Gitea PR #482 — vending firmware\nreview comment on the diff:\n{T}\nApproved.\n"),
 ('__in_operator_support_helpscout_ticket', "Help Scout ticket 20931 (operator support)\nCustomer pasted:\n{T}\n-- closed\n"),
 ('__in_telemetry_wiki_confluence_page', "Telemetry wiki / Troubleshooting\nExample output:\n{T}\n"),
 ('__in_route_manager_outlook_email', "From: route.manager@vendfleet.example\nSubject: FW: weekly export\n\n{T}\nRegards, Dana\n")]
def build(bad):
    r = random.Random(16006)
    out = []
    for cls, kinds in K.items():
        for kind, fn in kinds:
            for wname, wt in WRAP:
                while True:
                    t = fn(r)
                    text = t if wt is None else wt.replace('{T}', t)
                    if not any(b in text for b in bad): break
                out.append({'class': cls, 'container': kind + wname, 'text': text, 'source': 'negative'})
    return out
