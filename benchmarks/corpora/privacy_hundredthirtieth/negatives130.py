"""Hard negatives from the field-service world: look like secrets, are not."""
import hashlib, random
from common130 import *

VINC = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
def vin(r):
    tr = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = list("1FT" + rs(r, VINC, 5) + "0" + rs(r, VINC, 2) + rs(r, "0123456789", 6))
    c = sum(tr[ch] * w[i] for i, ch in enumerate(s)) % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)
def upc(r):
    d = [r.randint(0, 9) for _ in range(11)]
    c = (10 - (sum(d[0::2]) * 3 + sum(d[1::2])) % 10) % 10
    return "".join(map(str, d)) + str(c)
def sha(r): return hashlib.sha256(rs(r, ALNUM, 20).encode()).hexdigest()
def md5(r): return hashlib.md5(rs(r, ALNUM, 20).encode()).hexdigest()

def polyline(r):
    out = ""
    for _ in range(r.randint(14, 22)):
        n = r.randint(-4000, 4000); n = ~(n << 1) if n < 0 else n << 1
        while n >= 0x20:
            out += chr((0x20 | (n & 0x1f)) + 63); n >>= 5
        out += chr(n + 63)
    return out

C = {
 "hvac_equipment_model_and_serial_numbers": [
   ("rooftop_unit_nameplate_export", lambda r: f"unit,model,serial\nRTU-{r.randint(1,40)},48FC{rs(r,UPNUM,6)},{r.randint(10,24)}{r.randint(10,52)}G{r.randint(10000,99999)}\nRTU-{r.randint(41,80)},50XC{rs(r,UPNUM,6)},{r.randint(10,24)}{r.randint(10,52)}E{r.randint(10000,99999)}"),
   ("boiler_registration_form_json", lambda r: f'{{"appliance":"combi 30kW","serial":"{rs(r,UPNUM,4)}{r.randint(10**9,10**10-1)}","gc_number":"47-{r.randint(100,999)}-{r.randint(10,99)}"}}')],
 "job_and_work_order_numbers": [
   ("dispatch_board_csv_rows", lambda r: f"wo,status,tech\nWO-{r.randint(10**6,10**7-1)},scheduled,{r.choice(USERS)}\nWO-{r.randint(10**6,10**7-1)},en_route,{r.choice(USERS)}"),
   ("work_order_webhook_payload", lambda r: f'{{"event":"job.completed","job_id":"job_{rs(r,LOWNUM,20)}","visit_id":{r.randint(10**8,10**9)}}}')],
 "invoice_and_quote_reference_numbers": [
   ("invoice_list_export", lambda r: f"INV-{r.randint(2020,2025)}-{r.randint(10000,99999)}  paid\nQTE-{rs(r,UPNUM,8)}  accepted"),
   ("quote_pdf_footer_text", lambda r: f"Quote ref {rs(r,UPNUM,3)}-{r.randint(100000,999999)}-{rs(r,UPNUM,2)} valid 30 days. Customer no. C{r.randint(10**7,10**8)}")],
 "parts_skus_and_upc_barcodes": [
   ("supplier_price_file_rows", lambda r: f"sku,upc,desc,price\n{rs(r,UPNUM,3)}-{r.randint(1000,9999)}-{rs(r,UPNUM,2)},{upc(r)},1/2in copper elbow,2.14"),
   ("van_stock_scan_log", lambda r: f"scan ok upc={upc(r)} bin=B{r.randint(1,30)} qty=4\nscan ok upc={upc(r)} bin=C{r.randint(1,30)} qty=1")],
 "van_vin_and_telematics_device_ids": [
   ("fleet_vehicle_register_row", lambda r: f"Van {r.randint(1,60)} | VIN {vin(r)} | IMEI 35{r.randint(10**12,10**13-1)}"),
   ("telematics_ping_json", lambda r: f'{{"vehicle_vin":"{vin(r)}","device_sn":"{rs(r,UPNUM,12)}","lat":51.{r.randint(1000,9999)},"odometer_km":{r.randint(1000,200000)}}}')],
 "thermostat_device_and_home_ids": [
   ("thermostat_inventory_table", lambda r: f"home_id={r.randint(10**6,10**7)} thermostat_id={r.randint(10**11,10**12-1)} mac=44:61:32:{r.randint(10,99)}:{hx(r,2)}:{hx(r,2)}"),
   ("smart_home_device_list_json", lambda r: f'{{"devices":[{{"name":"enterprises/{uuid4(r)}/devices/{rs(r,ALNUM+"-_",60)}","type":"THERMOSTAT"}}]}}')],
 "publishable_booking_widget_keys": [
   ("online_booking_embed_snippet", lambda r: f'<script src="https://book.example.com/widget.js" data-publishable-key="pk_live_{rs(r,ALNUM,24)}"></script>'),
   ("maps_public_token_init", lambda r: f"mapboxgl.accessToken = 'pk.eyJ1Ijoi{rs(r,ALNUM,40)}.{rs(r,ALNUM+'-_',22)}'; // public, URL-restricted")],
 "masked_dispatch_credentials": [
   ("integration_settings_page_masked", lambda r: f"Parts supplier API key: ****************{rs(r,UPNUM,4)}\nBoiler gateway password: ••••••••"),
   ("sync_worker_log_redacted", lambda r: f"INFO connect host={r.choice(HOSTS)} user={r.choice(USERS)} password=[REDACTED] token=***")],
 "trade_app_placeholder_values": [
   ("tech_app_env_example", lambda r: "DISPATCH_DB_PASS=<set-me>\nTECH_APP_KEY=your-api-key-here\nPARTS_API_TOKEN=changeme"),
   ("parts_api_docs_curl_sample", lambda r: f"curl -H 'Authorization: Bearer YOUR_PARTS_TOKEN' https://{r.choice(HOSTS)}/v2/orders")],
 "vault_and_keychain_reference_paths": [
   ("helm_values_external_secret_ref", lambda r: f"env:\n  - name: ST_CLIENT_SECRET\n    valueFrom: vault:secret/data/fieldops/servicetitan#client_secret_v{r.randint(1,9)}"),
   ("onepassword_cli_reference_uri", lambda r: f"export SAMSARA_API_TOKEN=\"op://Field Ops/Samsara/credential\"  # resolved by op run, item {rs(r,LOWNUM,26)}")],
 "sops_encrypted_config_values": [
   ("sops_yaml_encrypted_field", lambda r: f"parts_api_token: ENC[AES256_GCM,data:{b64(r,36)},iv:{b64(r,32)},tag:{b64(r,16)},type:str]"),
   ("sops_metadata_age_recipient", lambda r: f"sops:\n  age:\n    - recipient: age1{rs(r,'qpzry9x8gf2tvdw0s3jn54khce6mua7l',58)}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        {b64(r,48)}")],
 "technician_password_talk_without_value": [
   ("tech_onboarding_policy_memo", lambda r: "Technicians must change the tablet password on first login and never write it on the van sun visor. Use the password manager."),
   ("dispatcher_reset_request_chat", lambda r: f"[{r.randint(7,9)}:{r.randint(10,59)}] {r.choice(USERS)}: locked out of the job app again, can someone reset my password? I'll pick a new one myself.")],
 "firmware_image_checksums": [
   ("gateway_firmware_manifest_sha256", lambda r: f"boiler-gw-2.{r.randint(0,9)}.{r.randint(0,20)}.bin  sha256:{sha(r)}"),
   ("thermostat_ota_release_md5", lambda r: f"ota_image=tstat-{r.randint(100,999)}.img md5={md5(r)} size={r.randint(10**6,10**7)}")],
 "oauth_state_and_pkce_challenges": [
   ("authorize_redirect_url", lambda r: f"https://auth.example.com/authorize?response_type=code&client_id=fieldapp&state={rs(r,ALNUM,32)}&code_challenge={b64(r,32,True,False)}&code_challenge_method=S256"),
   ("callback_access_log_line", lambda r: f"GET /oauth/callback?state={hx(r,32)}&code_challenge_hint=S256 200 {r.randint(10,90)}ms")],
 "trade_licence_and_registration_numbers": [
   ("engineer_id_card_text", lambda r: f"Gas Safe reg {r.randint(100000,999999)} | licence no. {rs(r,UPNUM,2)}-{r.randint(10**6,10**7-1)}"),
   ("contractor_directory_row", lambda r: f"contractor,state,license\nAcme Heating,TX,TACLA{r.randint(10000,99999)}C\nBright Sparks,CA,{r.randint(100000,999999)}")],
 "encoded_route_polylines_and_geohashes": [
   ("route_optimizer_response_json", lambda r: f'{{"route_id":{r.randint(1000,9999)},"polyline":"{polyline(r)}"}}'),
   ("job_location_geohash_rows", lambda r: f"job,geohash\nWO-{r.randint(10**6,10**7)},{rs(r,'0123456789bcdefghjkmnpqrstuvwxyz',12)}\nWO-{r.randint(10**6,10**7)},{rs(r,'0123456789bcdefghjkmnpqrstuvwxyz',12)}")],
}

WRAP = [
 ("", "{b}"),
 ("__in_dispatch_slack_thread", "> {u} wrote in #dispatch:\n{b}"),
 ("__in_field_service_ticket", "Ticket FS-{n} (not a secret, just context):\n{b}"),
 ("__in_tech_app_pr_review", "Review comment on PR #{n}:\n```\n{b}\n```"),
 ("__in_depot_wiki_page", "== Depot notes ==\n{b}\n"),
 ("__in_supplier_mail", "From: orders@example.org\nSubject: Re: order {n}\n\n{b}"),
]

def build(seed=13006):
    r = random.Random(seed)
    out = []
    for cls, kinds in C.items():
        for kind, gen in kinds:
            for suf, w in WRAP:
                b = gen(r)
                text = w.replace("{u}", r.choice(USERS)).replace("{n}", str(r.randint(100, 9999))).replace("{b}", b)
                out.append({"class": cls, "container": kind + suf, "text": text, "source": "negative"})
    return out
