"""Everyday secrets in 45 new logistics container kinds x 4 records."""
import random
from common import shape, owner_pw, fresh, place, rec, filler

# type: (value spec, ENV name, camelName, human label)
TYPES = {
    'aws_secret_access_key': ('{b64u40}', 'AWS_SECRET_ACCESS_KEY', 'awsSecretAccessKey', 'AWS secret key'),
    'database_password': ('{pw}', 'WMS_DB_PASSWORD', 'dbPassword', 'WMS database password'),
    'github_personal_access_token': ('ghp_{an36}', 'GITHUB_TOKEN', 'githubToken', 'GitHub token'),
    'slack_bot_token': ('xoxb-{dig12}-{dig13}-{an24}', 'SLACK_BOT_TOKEN', 'slackBotToken', 'Slack bot token'),
    'sendgrid_api_key': ('SG.{b64u22}.{b64u43}', 'SENDGRID_API_KEY', 'sendgridApiKey', 'SendGrid key'),
    'twilio_auth_token': ('{hex32}', 'TWILIO_AUTH_TOKEN', 'twilioAuthToken', 'Twilio auth token'),
    'stripe_live_secret_key': ('sk_live_51{an22}{an40}', 'STRIPE_SECRET_KEY', 'stripeSecretKey', 'Stripe live key'),
    'jwt_signing_secret': ('{an48}', 'JWT_SIGNING_SECRET', 'jwtSigningSecret', 'JWT signing secret'),
    'smtp_password': ('{pw}', 'SMTP_PASSWORD', 'smtpPassword', 'SMTP relay password'),
    'sftp_trading_partner_password': ('{pw}', 'PARTNER_SFTP_PASSWORD', 'partnerSftpPassword', 'partner SFTP password'),
    'telematics_api_token': ('{an20}{hex24}', 'TELEMATICS_API_TOKEN', 'telematicsApiToken', 'telematics API token'),
    'wms_scanner_login_password': ('{pw}', 'RF_SCANNER_PASSWORD', 'rfScannerPassword', 'RF scanner login password'),
    'carrier_api_client_secret': ('{an16}{b64u24}', 'CARRIER_CLIENT_SECRET', 'carrierClientSecret', 'carrier API client secret'),
    'customs_broker_portal_password': ('{pw}', 'CUSTOMS_PORTAL_PASSWORD', 'customsPortalPassword', 'customs broker portal password'),
    'driver_app_session_token': ('drv_{b64u40}', 'DRIVER_APP_SESSION_TOKEN', 'driverSessionToken', 'driver app session token'),
    'google_maps_platform_api_key': ('AIza{b64u35}', 'GOOGLE_MAPS_API_KEY', 'googleMapsApiKey', 'Google Maps key'),
}
NEW_TYPES = ['sftp_trading_partner_password', 'telematics_api_token', 'wms_scanner_login_password',
             'carrier_api_client_secret', 'customs_broker_portal_password', 'driver_app_session_token',
             'google_maps_platform_api_key']

KINDS = {
 'edifact_partner_profile_ini': '[PARTNER {n}]\nUNB_SENDER=5412345000013:14\nUNB_RECIPIENT=4098765000021:14\nSYNTAX=UNOC:3\n{E}={v}\nHOST={host}\n',
 'x12_trading_partner_setup_sheet': 'Trading Partner Setup - {dc}\nISA Qualifier: ZZ   ISA ID: NGFREIGHT{n}\nGS ID: NGF{n}\n{L}: {v}\nContact: {user}\n',
 'as2_connector_properties': '# AS2 connector for {host}\nas2.local.id=NGF-{n}\nas2.partner.url=https://{host}/as2\nas2.{c}={v}\nas2.mdn.mode=sync\n',
 'oftp2_odette_station_config': '<odetteStation ssid="O0013{n}" host="{host}" port="6619">\n  <credential name="{E}" value="{v}"/>\n</odetteStation>\n',
 'van_mailbox_onboarding_email': 'Subject: VAN mailbox {n} activated\n\nHi {user},\nyour mailbox on {host} is live. {L}: {v}\nPlease store it in the vault.\n',
 'wms_rf_gun_profile_xml': '<RFProfile site="{dc}">\n  <Terminal id="RF{n}"/>\n  <Setting key="{c}">{v}</Setting>\n</RFProfile>\n',
 'handheld_scanner_staging_profile_json': '{{"profile": "picker-{dc}", "device": "TC{n}", "env": {{"{E}": "{v}"}}, "kiosk": true}}\n',
 'labelprinter_zpl_job_comment': '^XA\n^FX job {n} for {dc} - {L} {v}\n^FO50,50^A0N,40,40^FDSHIP TO DOOR {door}^FS\n^XZ\n',
 'telematics_gateway_yaml': 'gateway:\n  fleet: {dc}\n  upstream: https://{host}/ingest\n  {c}: "{v}"\n  poll_seconds: 30\n',
 'eld_device_provisioning_csv': 'serial,vin,carrier,{c}\nELD{n},1FUJGLDR7CL{n},NGF,{v}\n',
 'fleet_dashboard_dotenv': '# fleet dashboard {dc}\nAPP_HOST={host}\n{E}={v}\nMAP_DEFAULT_ZOOM=7\n',
 'driver_app_gradle_properties': 'org.gradle.jvmargs=-Xmx2g\nDRIVER_APP_FLAVOR=prod\n{E}={v}\nandroid.useAndroidX=true\n',
 'driver_app_crash_log_excerpt': 'E/DriverSync( {n}): auth refresh failed for {user}\nE/DriverSync( {n}): config {c}={v}\nE/DriverSync( {n}): retry in 30s\n',
 'dispatch_board_sticky_note_txt': 'DISPATCH - {dc}\nnight shift: {user}\n{L} = {v}\ndoors 1-{door} open\n',
 'tms_integration_settings_json': '{{\n  "integration": "tms-{dc}",\n  "endpoint": "https://{host}/v2",\n  "{c}": "{v}"\n}}\n',
 'carrier_rate_api_postman_env': '{{"name": "carrier-rates-{n}", "values": [{{"key": "{c}", "value": "{v}", "enabled": true}}]}}\n',
 'freight_quote_lambda_env_json': '{{"FunctionName": "freight-quote-{n}", "Environment": {{"Variables": {{"{E}": "{v}"}}}}}}\n',
 'customs_filing_client_toml': '[broker]\nfiler_code = "N{n}"\nendpoint = "https://{host}/ace"\n{e} = "{v}"\n',
 'customs_broker_onboarding_letter': 'Dear {user},\n\nwelcome to our customs filing service. Your {L} is {v} (filer N{n}).\nRegards, Brokerage Onboarding\n',
 'yard_management_kiosk_conf': '[kiosk]\nyard={dc}\ngate_lane={door}\n{e}={v}\n',
 'dock_scheduling_webhook_yaml': 'webhooks:\n  - event: appointment.created\n    url: https://{host}/hooks/{n}\n    {c}: {v}\n',
 'cold_chain_logger_upload_ini': '[upload]\nlogger=TL-{n}\nserver={host}\n{c}={v}\nalarm_c=8\n',
 'pallet_rfid_reader_settings_xml': '<ReaderSettings>\n  <Antenna port="{door}"/>\n  <{c}>{v}</{c}>\n</ReaderSettings>\n',
 'warehouse_plc_gateway_notes': 'PLC gateway {dc} notes\n- conveyor line {door} via OPC UA\n- {L}: {v}\n- ask {user} before reboot\n',
 'route_optimizer_job_properties': 'job.name=routes-{dc}-{n}\njob.depot={dc}\n{e}={v}\njob.max_stops=140\n',
 'parcel_locker_firmware_cfg': 'locker_id={n}\nsite={dc}\n{e} {v}\ncompartments=48\n',
 'tachograph_download_tool_ini': '[TachoDownload]\nCompanyCard=CC{n}\nArchivePath=\\\\{host}\\tacho\n{c}={v}\n',
 'fuel_card_portal_export_csv': 'card,driver,limit,{e}\n70{n},{user},450,{v}\n',
 'port_community_system_client_yaml': 'pcs:\n  port: {dc}\n  message_types: [COPRAR, CODECO]\n  {e}: \'{v}\'\n',
 'rail_car_tracking_feed_config': 'feed "railcars-{n}" {{\n  source = "https://{host}/aei"\n  {e} = "{v}"\n}}\n',
 'air_waybill_messaging_gateway_cfg': 'FFM_GATEWAY {dc}\n  SITA_ADDR QQQNGF{door}\n  {E} {v}\nEND\n',
 'shipment_tracking_widget_js': "window.trackingWidget = {{\n  carrier: 'multi',\n  {c}: '{v}',\n  container: '#track-{n}'\n}};\n",
 'ocean_booking_script_python': 'import requests\n\n{E} = "{v}"\nresp = requests.get("https://{host}/bookings/{n}")\n',
 'last_mile_courier_app_env_kt': 'object CourierEnv {{\n    const val HUB = "{dc}"\n    const val {E} = "{v}"\n}}\n',
 'warehouse_ops_runbook_markdown': '## Restarting the pick service ({dc})\n\n1. ssh {user}@{host}\n2. export {E}={v}\n3. systemctl restart pickd\n',
 'logistics_ansible_inventory_vars': '[wms_nodes]\n{host}\n\n[wms_nodes:vars]\n{e}={v}\n',
 'edi_translator_map_comment': '/* map 856 ASN outbound {n} for {dc}\n   {L}: {v}\n*/\nLOOP HL\n',
 'sftp_drop_cron_script': '#!/bin/sh\n# pushes 214 status files every 10 min\n{E}=\'{v}\'\nlftp_target={host}\n',
 'k8s_configmap_shipping_service': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shipping-svc-{n}\ndata:\n  {E}: "{v}"\n',
 'integration_ticket_jira_comment': '{user} commented on INT-{n}:\nTested against {host}, works now with {L} {v} - closing.\n',
 'carrier_onboarding_spreadsheet_row': 'SCAC\tCarrier\tPortal user\t{L}\nNGFX\tNorthgate {n}\t{user}\t{v}\n',
 'dispatcher_shift_handover_log': '[handover {dc} 06:00] trucks out: 14, late: 2\n[handover {dc} 06:00] {L} for the load board changed to {v}\n',
 'forwarder_ops_email_thread': '> Can you resend the access?\n\nSure - {L}: {v}\nbooking ref NGF{n}\n',
 'gps_tracker_sms_setup_log': '>> SMS to +4479{n}: APN,iot.carrier\n<< OK\n>> SMS: SERVER,{host},5013\n>> SMS: {E},{v}\n<< OK\n',
 'reefer_container_monitor_json': '{{"unit": "MSKU{n}", "setpoint_c": -18, "uplink": {{"{c}": "{v}"}}}}\n',
}

def gen(start_id, pool):
    rng = random.Random(6701)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    out, i = [], start_id
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cand = sorted((t for t in types if t not in chosen), key=lambda t: (use[t], rng.random()))
            chosen.append(cand[0]); use[cand[0]] += 1
        for t in chosen:
            spec, E, c, L = TYPES[t]
            v = fresh(rng, pool, lambda: shape(rng, spec))
            f = filler(rng)
            text, s, e = place(KINDS[kind], v, E=E, c=c, L=L, e=E.lower(), **f)
            out.append(rec('p67-s-%04d' % i, t, kind, text, s, e, 'everyday')); i += 1
    return out
