"""Everyday part: 45 hospitality / travel / events container kinds x 4 records."""
import random
from common import *

TYPES = {  # type: (base key, generator)
    'aws_secret_access_key': ('aws_secret_access_key', lambda r: s(r, ALN + '/+', 40)),
    'database_password': ('db_password', pw),
    'github_personal_access_token': ('github_token', lambda r: 'ghp_' + an(r, 36)),
    'jwt_signing_secret': ('jwt_secret', lambda r: b64(r, 36)),
    'sendgrid_api_key': ('sendgrid_api_key', lambda r: 'SG.' + bu(r, 22) + '.' + bu(r, 43)),
    'slack_bot_token': ('slack_bot_token', lambda r: 'xoxb-' + s(r, DIG, 12) + '-' + s(r, DIG, 13) + '-' + an(r, 24)),
    'smtp_password': ('smtp_password', pw),
    'stripe_live_secret_key': ('stripe_secret_key', lambda r: 'sk_live_51' + an(r, 97)),
    'twilio_auth_token': ('twilio_auth_token', lambda r: hx(r, 32)),
    'pms_interface_password': ('pms_interface_password', pw),
    'channel_manager_api_key': ('channel_manager_api_key', lambda r: an(r, 40)),
    'gds_terminal_sign_in_password': ('gds_sign_in_password', pw),
    'booking_engine_webhook_secret': ('booking_webhook_secret', lambda r: hx(r, 64)),
    'pos_cloud_api_token': ('pos_api_token', lambda r: bu(r, 48)),
    'door_lock_encoder_api_key': ('lock_encoder_api_key', lambda r: HX(r, 32)),
    'event_checkin_scanner_token': ('checkin_scanner_token', lambda r: 'ecs_' + an(r, 36)),
}
NEW_TYPES = ['pms_interface_password', 'channel_manager_api_key', 'gds_terminal_sign_in_password',
             'booking_engine_webhook_secret', 'pos_cloud_api_token', 'door_lock_encoder_api_key',
             'event_checkin_scanner_token']

KINDS = {
 'pms_interface_ifc_ini': "; IFC interface host {h}\n[Interface]\nPropertyCode=HTL{n}\n{c}={v}\nRetryInterval=30\n",
 'channel_manager_mapping_json': '{{\n  "property": "{h}",\n  "roomMap": [{{"local": "DBL", "ota": "DOUBLE_STD"}}],\n  "{c}": "{v}"\n}}\n',
 'booking_engine_wpconfig_define': "<?php\n// booking widget settings for {h}\ndefine( '{K}', '{v}' );\ndefine( 'WP_DEBUG', false );\n",
 'gds_terminal_macro_note': "** macro notes for agent {u} **\nSI*{n}\n{K} -> {v}\nrun the fare quote macro after sign-in\n",
 'sabre_red_workspace_script_js': "// Red Workspace helper for {u}\nconst cfg = {{ pcc: 'X{n}', {c}: \"{v}\" }};\nmodule.exports = cfg;\n",
 'amadeus_selling_platform_profile_xml': '<profile office="NCE1A{n}">\n  <agent>{u}</agent>\n  <{c}>{v}</{c}>\n</profile>\n',
 'smartpoint_custom_settings_ini': "[Smartpoint]\nHostId=1G\nAgentSine={u}\n{K}={v}\n",
 'restaurant_pos_backoffice_ini': "[BackOffice]\nStore={n}\nServer={h}\n{k} = {v}\n",
 'bar_tab_tablet_app_plist': '<plist version="1.0"><dict>\n  <key>{c}</key>\n  <string>{v}</string>\n  <key>venue</key><string>{h}</string>\n</dict></plist>\n',
 'kitchen_display_system_yaml': "kds:\n  station: grill-{n}\n  upstream: https://{h}/orders\n  {k}: \"{v}\"\n",
 'ticket_scanner_app_settings_json': '{{"gate": "G{n}", "offlineMode": true, "{c}": "{v}"}}\n',
 'event_checkin_kiosk_env_file': "KIOSK_ID=kiosk-{n}\nCHECKIN_HOST={h}\n{K}={v}\n",
 'tour_operator_partner_sheet_csv': "partner,contact,field,value\n{h},{u},{k},{v}\n",
 'front_desk_shift_log_txt': "SHIFT LOG night {n}\n- 02:10 guest in 412 locked out, new card issued\n- 03:40 IT said to use {k} {v} for the interface restart\n- 05:55 handover to morning team ({u})\n",
 'front_desk_teams_chat_paste': "[07:02] {u}: morning! the PMS link dropped again\n[07:03] {u}: IT says {k} is {v} if you need to reconnect\n[07:04] reception2: ok thanks\n",
 'hotel_it_ticket_email': "Subject: RE: INC{n} interface down\n\nHi team,\nI reset the credential on {h}. New {k}: {v}\nPlease close the ticket once the postings flow.\n-- {u}, hotel IT\n",
 'guest_wifi_captive_portal_conf': "# captive portal {h}\nportal_name GuestNet\nradius_server 10.20.{n}.5\n{k} {v}\n",
 'door_lock_encoder_station_ini': "[Encoder]\nComPort=COM3\nLockServer={h}\n{c}={v}\n",
 'revenue_management_export_job_yaml': "job: nightly-rate-export\nschedule: \"15 2 * * *\"\nsource: {h}\nauth:\n  {k}: {v}\n",
 'night_audit_batch_script_cmd': "@echo off\nREM night audit export {n}\nset {K}={v}\ncall audit_export.exe /host {h}\n",
 'spa_booking_widget_js_snippet': "<script>\n  window.spaBooking = {{ venue: \"{h}\", {c}: \"{v}\" }};\n</script>\n",
 'concierge_app_remote_config_json': '{{"parameters": {{"{k}": {{"defaultValue": {{"value": "{v}"}}}}}}, "version": {n}}}\n',
 'ota_extranet_onboarding_email': "Dear partner,\n\nwelcome aboard. Your property {h} is live. For the XML link please use\n{k}: {v}\n\nKind regards,\nConnectivity team ({u})\n",
 'cruise_excursion_api_client_py': "import requests\n\nBASE = 'https://{h}/excursions'\n{K} = '{v}'\nresp = requests.get(BASE, timeout=10)\n",
 'airline_ndc_gateway_properties': "ndc.gateway.url=https://{h}/ndc\nndc.agency.iata={n}\nndc.{k}={v}\n",
 'departure_control_config_xml': '<dcs station="LIS">\n  <setting name="{k}" value="{v}"/>\n  <setting name="host" value="{h}"/>\n</dcs>\n',
 'baggage_reconciliation_service_toml': "[service]\nairport = \"FAO\"\nendpoint = \"{h}\"\n{k} = \"{v}\"\n",
 'travel_agency_appsettings_config': '<configuration>\n  <appSettings>\n    <add key="{c}" value="{v}" />\n  </appSettings>\n</configuration>\n',
 'venue_access_control_panel_cfg': "PANEL {n}\nZONE backstage\nSET {K} \"{v}\"\nEND\n",
 'festival_wristband_reader_cfg': "reader.id = wr-{n}\nreader.sync = https://{h}\nreader.{k} = {v}\n",
 'ticket_resale_webhook_handler_go': "package main\n\n// resale webhook for {h}\nconst {c} = \"{v}\"\n\nfunc main() {{}}\n",
 'reservation_sync_serverless_yaml': "service: table-sync\nprovider:\n  name: aws\n  environment:\n    {K}: {v}\n",
 'resort_ansible_group_vars': "---\nresort_site: {h}\n{k}: \"{v}\"\nntp_server: pool.ntp.org\n",
 'property_kiosk_powershell_profile': "# kiosk profile {n}\n$env:{K} = '{v}'\nStart-Process kiosk.exe\n",
 'minibar_iot_gateway_json': '{{"gateway": "mb-{n}", "broker": "{h}", "{k}": "{v}"}}\n',
 'loyalty_etl_sql_comment': "-- loyalty ETL, run by {u}\n-- {k}: {v}\nINSERT INTO stage_members SELECT * FROM ext_members;\n",
 'travel_app_ios_xcconfig': "// Release.xcconfig\nAPI_HOST = {h}\n{K} = {v}\n",
 'travel_app_android_local_properties': "sdk.dir=/opt/android\nbooking.host={h}\n{k}={v}\n",
 'attraction_turnstile_conf': "turnstile {n} {{\n  upstream {h};\n  {k} {v};\n}}\n",
 'hostel_telegram_bot_config_py': "# hostel reception bot\nHOSTEL = '{h}'\n{K} = \"{v}\"\n",
 'vacation_rental_sync_php_array': "<?php\nreturn [\n    'host' => '{h}',\n    '{k}' => '{v}',\n];\n",
 'lounge_tablet_mdm_profile_json': '{{"profile": "lounge-{n}", "managedConfig": {{"{c}": "{v}"}}}}\n',
 'tour_guide_app_settings_ini': "[guide]\nname={u}\n[sync]\n{k}={v}\n",
 'badge_printer_script_sh': "#!/bin/sh\n# badge printing at registration desk {n}\nexport {K}='{v}'\n./print_badges --host {h}\n",
 'hotel_it_wiki_markdown_page': "## Interfaces at {h}\n\n| item | value |\n|---|---|\n| {k} | {v} |\n| owner | {u} |\n",
}
HOSTS = ['pms.harbourview.example', 'cm.alpinelodge.example', 'pos.tavernaazul.example', 'gate.festpark.example',
         'api.sunsettours.example', 'ifc.grandcanal.example', 'ndc.skybridge-air.example', 'sync.casitas.example']
USERS = ['mlopes', 'akowalski', 'rsantos', 'tnguyen', 'jmoreau', 'nieves.r', 'ktanaka', 'frontdesk3']

def build(pool):
    r = random.Random(6801)
    used = {t: 0 for t in TYPES}
    out = []
    for kind, tpl in KINDS.items():
        order = sorted(TYPES, key=lambda t: (used[t], r.random()))[:4]
        for t in order:
            used[t] += 1
            key, gen = TYPES[t]
            v = pool.take(lambda: gen(r))
            text = fill(tpl, v, K=snake_upper(key), k=key, c=camel(key), h=r.choice(HOSTS), u=r.choice(USERS), n=r.randint(10, 99))
            out.append({'type': t, 'container': kind, 'text': text, 'secrets': [span(text, v, t)], 'source': 'everyday'})
    return out
