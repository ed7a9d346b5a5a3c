"""proofbox: ESP-IDF C firmware (ESP32-S3) for a community bakery's dough-proofing cabinet."""
from authoring import Project

P = Project("proofbox", "pb", "~/fw/proofbox")
sh, commit, note, chat, edit, file = P.sh, P.commit, P.note, P.chat, P.edit, P.file
q = P.q

# ---------------------------------------------------------------- paraphrase
commit("pa1", 22, """Clamp PID integral and reset it while the reed switch reports ajar

Windup after long openings drove the heater flat out for minutes once
it closed again.""", [("M", "main/pid.c"), ("M", "main/control_task.c")])
note("pa1d", 24, "Bakers: keep the door shut, bottom tray is for rye, the cabinet's open shelf "
     "on the left is for the starter jars.")
q("paraphrase", "Why did the cabinet keep cooking the bottom tray after the door had been left "
  "open?", "pa1", "Integral windup while the door was ajar.", distractors=["pa1d"])

note("pa2", 12, "DS18B20 hands back 85.0 when a conversion didn't finish (its power-on value). "
     "Now we check the scratchpad CRC and drop 85.0 unless the previous sample was above 80.")
note("pa2d", 13, "Graph: single point markers are hard to see; sometimes bakers want the "
     "figure as a big number on the display instead.")
q("paraphrase", "Why did the graph sometimes jump to a scorching figure for a single point?",
  "pa2", "Probe's power-on value leaking through as a reading.", distractors=["pa2d"])

chat("pa3", 28, """User: esp_mqtt_client_publish blocks inside the control task when the broker is unreachable, and the task watchdog fires after 5 s.
Assistant: Move publishing to its own task fed by a queue, enqueue with a 0 tick timeout, and keep the control loop free of any network calls.""")
note("pa3d", 30, "Shop router is switched off overnight by the landlord's timer; the box should "
     "still hold temperature whenever that happens.")
q("paraphrase", "How come the box restarted itself whenever the router in the shop was "
  "switched off?", "pa3", "Blocking publish in the control task tripped the watchdog.",
  distractors=["pa3d"])

commit("pa4", 35, """Pulse the SHT45 on-chip heater when RH > 95 %

1 s every 10 min clears condensation on the sensor.""",
       [("M", "components/sht45/sht45.c")])
note("pa4d", 36, "Steam tray: filled at the top of the hour, hours before the sourdough goes in. "
     "Don't let it sit empty.")
q("paraphrase", "Why did the moisture figure sit pegged at the top for hours after the steam "
  "tray was filled?", "pa4", "Condensation on the humidity sensor; cleared by its heater.",
  distractors=["pa4d"])

note("pa5", 41, "New image was 1.6 MB and the ota_1 slot only 1.5 MB; esp_https_ota wrote past "
     "the slot and rollback wasn't enabled. Bigger slots in partitions.csv and "
     "CONFIG_BOOTLOADER_APP_ROLLBACK_ENABLE.")
note("pa5d", 43, "Last update before Easter: leave the cable plugged in, and the thing on the "
     "shelf is dead weight now (the old Arduino).")
q("paraphrase", "Why did the last over-the-air update leave the thing dead until we plugged in "
  "a cable?", "pa5", "Image larger than the OTA partition, no rollback.", distractors=["pa5d"])

edit("pa6", 26, "main/display.c", "Drop ST7789 SPI clock from 80 MHz to 40 MHz; the ribbon to "
     "the panel is 15 cm and the edges were ringing.")
note("pa6d", 27, "Front screen: bakers want the little coloured icons bigger, full dough names "
     "don't fit.")
q("paraphrase", "Why was the little screen on the front full of coloured snow?", "pa6",
  "SPI clock too fast for the long ribbon.", distractors=["pa6d"])

# -------------------------------------------------------------- command_fact
sh("cf1", 19, "idf.py --version\nESP-IDF v5.2.2")
sh("cf1d", 14, "pio --version\nPlatformIO Core, version 6.1.15")
q("command_fact", "Which exact IDF release was I building with after dropping PlatformIO?",
  "cf1", "Only idf.py --version.", keys=["v5.2.2"], distractors=["cf1d"])

sh("cf2d", 17, "idf.py -p /dev/ttyUSB0 flash\nA fatal error occurred: Could not open "
   "/dev/ttyUSB0, the port doesn't exist", code=2)
sh("cf2", 17, "idf.py -p /dev/ttyACM1 flash monitor\nHash of data verified.\nLeaving...")
q("command_fact", "Which serial device does the cabinet board show up as on my laptop?", "cf2",
  "The flash command that worked.", keys=["/dev/ttyACM1"], distractors=["cf2d"])

sh("cf3", 33, "idf.py monitor\nI (1243) proofbox: free heap 187424 bytes\nI (1250) proofbox: "
   "setpoint 27.0 C, rh 78 %")
sh("cf3d", 33, "idf.py monitor\nI (905) wifi:connected with bakery-shop, aid = 3\nI (2211) "
   "mqtt: MQTT_EVENT_CONNECTED")
q("command_fact", "How much memory was free once the firmware had booted?", "cf3",
  "Boot log line in the monitor output.", keys=["187424"], distractors=["cf3d"])

sh("cf4", 40, "idf.py size\nTotal sizes:\n Used static DRAM: 41212 bytes\nTotal image size: "
   "1,584,212 bytes (.bin may be padded larger)")
sh("cf4d", 40, "idf.py size-components | head -4\nArchive File  DRAM  IRAM  Flash\n"
   "liblvgl.a  6412  0  412880")
q("command_fact", "How large was the firmware image when we hit the OTA problem?", "cf4",
  "idf.py size output.", keys=["1,584,212"], distractors=["cf4d"], asked=None)

sh("cf5", 21, "mosquitto_sub -h breadpi.local -t 'bakery/proof/+/setpoint' -v\n"
   "bakery/proof/cab1/setpoint 27.0")
sh("cf5d", 21, "mosquitto_sub -h breadpi.local -t 'bakery/proof/+/temp' -v\n"
   "bakery/proof/cab1/temp 26.8")
q("command_fact", "What topic was I listening on when I was chasing the target value over "
  "MQTT?", "cf5", "Only in the mosquitto_sub command.", keys=["bakery/proof/+/setpoint"],
  distractors=["cf5d"])

commit("cf6", 38, """Turn on flash encryption, dev mode for now

CONFIG_SECURE_FLASH_ENCRYPTION_MODE_DEVELOPMENT=y so we can still reflash
over USB.""", [("M", "sdkconfig.defaults")])
sh("cf6d", 38, "espefuse.py -p /dev/ttyACM0 summary | grep -i crypt\nSPI_BOOT_CRYPT_CNT  = 0")
q("command_fact", "Which mode did we switch the encrypted flash on in?", "cf6",
  "Only the sdkconfig commit names it.", keys=["SECURE_FLASH_ENCRYPTION_MODE_DEVELOPMENT"],
  distractors=["cf6d"])

# ---------------------------------------------------------- knowledge_update
edit("ku1a", 3, "main/config.h", "#define DEFAULT_SETPOINT_C 26.0f")
commit("ku1b", 18, "Default setpoint 27 C", [("M", "main/config.h")])
note("ku1c", 42, "Default setpoint now 25.5 C - the head baker moved to an overnight retard.")
q("knowledge_update", "What's the default proofing temperature set to now?", "ku1c",
  "26 -> 27 -> 25.5 C.", outdated=["ku1a", "ku1b"])

note("ku2a", 2, "Temperature: DS18B20 probe on GPIO4 (1-Wire).")
commit("ku2b", 31, "Read temperature from the SHT45 as well, drop the DS18B20 probe",
       [("M", "main/sensors.c"), ("D", "components/ds18b20/ds18b20.c")])
q("knowledge_update", "Which sensor reads the cabinet temperature these days?", "ku2b",
  "DS18B20 -> SHT45.", outdated=["ku2a"])

note("ku3a", 5, "Readings: publish every 10 s.")
commit("ku3b", 34, "Publish readings every 60 s, retained", [("M", "main/mqtt_task.c")])
q("knowledge_update", "How often does the box send readings to the Pi now?", "ku3b",
  "10 s -> 60 s.", outdated=["ku3a"])

note("ku4a", 6, "Dashboard: Node-RED on breadpi:1880.")
note("ku4b", 39, "Dashboard is Grafana on breadpi:3000 (InfluxDB behind it); Node-RED only "
     "bridges MQTT now.")
q("knowledge_update", "Where do the bakers look at the cabinet graphs now?", "ku4b",
  "Node-RED -> Grafana.", outdated=["ku4a"])

edit("ku5a", 14, "main/pid.c", "static pid_t pid = { .kp = 8.0f, .ki = 0.2f, .kd = 0.0f };")
commit("ku5b", 29, "Retune PID: Kp 5.0, Ki 0.05, Kd 1.2", [("M", "main/pid.c")])
q("knowledge_update", "What PID gains are we running with at the moment?", "ku5b",
  "8/0.2/0 -> 5/0.05/1.2.", outdated=["ku5a"])

note("ku6a", 1, "Toolchain: ESP-IDF 5.2 (latest stable).")
commit("ku6b", 46, "Move to ESP-IDF v5.3.1", [("M", "sdkconfig.defaults"),
       ("M", "main/idf_component.yml")])
q("knowledge_update", "Which ESP-IDF release is the bakery cabinet firmware on now?", "ku6b",
  "5.2 -> 5.3.1.", outdated=["ku6a"], asked=None)

note("ku7a", 9, "Humidity target 75 % RH.")
commit("ku7b", 37, "Humidity target 80 % RH with 3 % hysteresis", [("M", "main/config.h")])
q("knowledge_update", "What humidity do we aim for in the cabinet now?", "ku7b",
  "75 -> 80 %.", outdated=["ku7a"])

# ------------------------------------------------------------- first_attempt
commit("fa1a", 0, "PlatformIO project, framework = espidf", [("A", "platformio.ini"),
       ("A", "src/main.c")])
commit("fa1b", 15, "Drop PlatformIO, plain idf.py + CMake", [("D", "platformio.ini"),
       ("A", "CMakeLists.txt"), ("A", "main/CMakeLists.txt")])
q("first_attempt", "What did we build the firmware with at the very start?", "fa1a",
  "PlatformIO first.", outdated=["fa1b"])

commit("fa2a", 4, "Bang-bang heater control, +/-0.5 C band", [("A", "main/control_task.c")])
commit("fa2b", 13, "PID on the heater SSR, time-proportioned 2 s window",
       [("A", "main/pid.c"), ("M", "main/control_task.c")])
q("first_attempt", "How was the heater switched originally, before the PID?", "fa2a",
  "Bang-bang control first.", outdated=["fa2b", "pa1"], asked=None)

note("fa3a", 2, "Heat: seedling heat mat under the bottom shelf.")
note("fa3b", 16, "Heat: switched to a 150 W ceramic heater on a Fotek SSR.")
q("first_attempt", "What did we heat the cabinet with to begin with?", "fa3a",
  "Heat mat before the ceramic heater.", outdated=["fa3b"])

edit("fa4a", 7, "main/Kconfig.projbuild", "config PROOF_SETPOINT_C: setpoints compiled in "
     "through menuconfig.")
commit("fa4b", 20, "Store setpoints in NVS, editable over MQTT", [("M", "main/settings.c"),
       ("M", "main/mqtt_task.c")])
q("first_attempt", "Where did the setpoints live at first?", "fa4a", "Kconfig before NVS.",
  outdated=["fa4b"])

note("fa5a", 8, "Moisture: a tray of hot water on the bottom shelf.")
note("fa5b", 27, "Moisture now comes from an ultrasonic mister on GPIO18 with its own relay.")
q("first_attempt", "How did we add moisture at the start?", "fa5a",
  "Water tray before the mister.", outdated=["fa5b"])

commit("fa6a", 11, "Two-line 1602 LCD over I2C for readings", [("A", "main/lcd1602.c")])
commit("fa6b", 25, "ST7789 colour display with LVGL", [("A", "main/display.c"),
       ("D", "main/lcd1602.c")])
q("first_attempt", "What showed the readings on the box initially?", "fa6a",
  "1602 LCD before the ST7789.", outdated=["fa6b", "pa6"])

note("fa7a", 12, "No clock yet: the schedule counts from boot.")
note("fa7b", 23, "Clock: SNTP against pool.ntp.org with TZ GMT0BST, so schedules use wall "
     "time.")
q("first_attempt", "How did the box know the time in the beginning?", "fa7a",
  "Uptime-based schedule before SNTP.", outdated=["fa7b"])

# ------------------------------------------------------------------- fillers
commit(None, (3, 20), "Log door open/close on the reed switch", [("M", "main/control_task.c")],
       role="filler")
commit(None, (12, 40), "LED on GPIO2 blinks while heating", [("M", "main/status_led.c")],
       role="filler")
commit(None, (20, 50), "Recipe presets: sourdough, rye, enriched", [("A", "main/presets.c")],
       role="filler")
commit(None, (30, 58), "Refactor sensor read into its own task", [("M", "main/sensors.c")],
       role="filler")
commit(None, (40, 60), "Bump lvgl to 8.4", [("M", "main/idf_component.yml")], role="filler")
chat(None, (5, 30), """User: What's a sensible SSR for a 150 W heater on 230 V?
Assistant: A 10 A zero-cross SSR is plenty; add a heatsink and a thermal fuse inline with the heater.""",
     role="filler")
chat(None, (25, 55), """User: cursor: add a unit test for the preset parser
Assistant: Added test/test_presets.c with cases for missing fields and out-of-range temperatures.""",
     src="cursor", files=["test/test_presets.c"], role="filler")
note(None, (10, 35), "Bakery wants a second cabinet for croissant dough in the autumn.",
     role="filler")
note(None, (35, 60), "Thermal fuse arrived - fit it before the next bake day.", role="filler")
edit(None, (8, 30), "main/presets.c", "Rye preset: 28 C, 70 % RH.", role="filler")
edit(None, (30, 60), "main/display.c", "Show door-open warning in red.", src="cursor",
     role="filler")
file(None, (15, 45), "partitions.csv", """# Name,   Type, SubType, Offset,  Size
nvs,      data, nvs,     0x9000,  0x6000
otadata,  data, ota,     ,        0x2000""", role="filler")

# ---------------------------------------------------------------------- pool
pc = P.pool_cmd
pc("pio run -t upload\nSUCCESS Took 21.4 seconds", hi=14, w=3)
pc("pio device monitor -b 115200", hi=14, w=2)
pc("idf.py build\nProject build complete. To flash, run:\n idf.py flash", lo=15, w=3)
pc("idf.py -p /dev/ttyACM0 monitor", lo=15, w=0.1)
pc("idf.py flash monitor\nConnecting....\nHash of data verified.", lo=15, w=2)
pc("idf.py build\nmain/control_task.c:88:9: error: implicit declaration of function "
   "'pid_reset'", lo=15, code=1)
pc("idf.py -T main/test build flash monitor\n4 Tests 0 Failures 0 Ignored\nOK", lo=18, w=1.5)
pc("idf.py menuconfig", lo=15, w=1)
pc("git status -sb\n## main...origin/main", w=2)
pc("git diff --stat\n main/control_task.c | 12 ++++++----", w=1)
pc("mosquitto_sub -h breadpi.local -t 'bakery/proof/#' -C 5 -v\nbakery/proof/cab1/rh 77", w=1.5)
pc("mosquitto_pub -h breadpi.local -t bakery/proof/cab1/cmd -m reboot", lo=20, w=0.5)
pc("ssh breadpi 'systemctl status mosquitto --no-pager | head -3'\n● mosquitto.service\n"
   "     Active: active (running)", w=1)
pc("ssh breadpi 'docker ps --format {{.Names}}'\ngrafana\ninfluxdb\nnodered", lo=39, w=1)
pc("clang-format -i main/*.c main/*.h", w=1)
pc("python3 tools/plot_log.py logs/bake-day.csv\nsaved plot to logs/bake-day.png", w=1)
pc("esptool.py chip_id\nChip is ESP32-S3 (QFN56) (revision v0.2)", w=0.7)
pc("idf.py build\nIn function 'app_main': main/main.c:41: warning: unused variable 'ret'",
   lo=15, w=0.8)
