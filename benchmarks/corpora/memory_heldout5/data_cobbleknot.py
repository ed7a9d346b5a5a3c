"""cobbleknot: ROS 2 (Humble -> Jazzy), rclcpp C++ nodes + Python launch files, colcon, Nav2,
robot_localization, ros2_control, Gazebo Classic -> Gazebo Harmonic, u-blox F9P RTK, ros2 bag.
Domain: autonomous mower for a community orchard."""
from authoring import sh, commit, note, chat, edit, file, pool, q

PROJECT = "cobbleknot"
ABBR = "ck"
CWD = "~/cobble_ws"

RECORDS = [
    # ---------------- paraphrase
    note("ck.p1.a", 22, "Heading walked off over ~50 m: the EKF fused the BNO085 yaw as absolute, but the "
         "magnetometer is disabled (game-rotation vector). Set imu0_relative: true and fuse only the yaw "
         "rate."),
    note("ck.p1.d", 24, "Tree rows 7-9: the mower drifts sideways into the long grass at the end of each row. "
         "The orchard group wants that strip left wild anyway."),
    commit("ck.p2.a", 30, "Give the obstacle layer its own callback group (MultiThreadedExecutor)\n\n"
           "A late lidar scan blocked the cmd_vel timer for ~900 ms in the single-threaded executor.",
           ["M src/cobble_nav/src/nav_main.cpp", "M src/cobble_nav/src/obstacle_layer.cpp"]),
    note("ck.p2.d", 33, "Volunteers asked whether the robot can freeze in place every time someone steps into "
         "the row, for a second or so, then carry on."),
    chat("ck.p3.a", 18, "User: after power cycling, the position is 40 m east of where it was parked\n"
         "Assistant: navsat_transform_node takes its datum from the first GPS message, and on a cold start that "
         "is a float solution. Set a fixed datum from your survey point, or hold publishing until the fix "
         "status is RTK fixed."),
    note("ck.p3.d", 20, "Next field over (the cider apples) is out of scope. If the project gets a reboot in the "
         "autumn we can think about it."),
    commit("ck.p4.a", 28, "Cut deck motor power in on_deactivate of the hardware interface\n\n"
           "E-stop only zeroed the wheel commands; the cutter kept its last PWM duty.",
           ["M src/cobble_hw/src/cobble_system.cpp"]),
    note("ck.p4.d", 26, "Blades: keep a spare set in the shed. The emergency contact for the orchard is on the "
         "noticeboard by the gate."),
    note("ck.p5.a", 13, "Gazebo rendered the lidar through llvmpipe (software GL). Launching with "
         "__NV_PRIME_RENDER_OFFLOAD=1 __GLX_VENDOR_LIBRARY_NAME=nvidia brings the real-time factor back to "
         "~0.98."),
    note("ck.p5.d", 15, "Sim scenarios to add: a crawl-speed run along the headland and the badly overgrown "
         "row 4. Try them on my machine first."),
    edit("ck.p6.a", 35, "config/nav2_params.yaml", "obstacle_layer: min_obstacle_height 0.25 -> 0.05 and "
         "corrected the lidar mount tilt; thin trunks were being filtered out as ground."),
    note("ck.p6.d", 37, "Saplings planted in March: the young ones keep their guards until next year. Mark them "
         "on the map so nobody strims around them by hand."),

    # ---------------- command_fact
    sh("ck.c1.a", 8, "colcon build --packages-select cobble_nav --symlink-install",
       "Starting >>> cobble_nav\n--- stderr: cobble_nav\n/home/dev/cobble_ws/src/cobble_nav/src/row_follower.cpp"
       ":57:10: fatal error: tf2_geometry_msgs/tf2_geometry_msgs.h: No such file or directory\n"
       "compilation terminated.\n---\nFailed   <<< cobble_nav [4.21s, exited with code 2]", exit=2),
    sh("ck.c1.d", 8, "colcon build --symlink-install", "Summary: 6 packages finished [1min 12s]"),
    sh("ck.c2.a", 16, "ros2 topic hz /scan", "average rate: 9.874\n\tmin: 0.089s max: 0.142s std dev: "
       "0.01012s window: 98"),
    sh("ck.c2.d", 16, "ros2 topic hz /gps/fix", "average rate: 4.998\n\tmin: 0.196s max: 0.204s std dev: "
       "0.00210s window: 50"),
    sh("ck.c3.a", 39, "ros2 bag info bags/row7_2024_05_02",
       "Files:             row7_2024_05_02_0.mcap\nBag size:          2.3 GiB\nStorage id:        mcap\n"
       "Duration:          612.408s\nMessages:          1048217"),
    sh("ck.c3.d", 39, "ros2 bag info bags/row3_2024_05_02",
       "Files:             row3_2024_05_02_0.mcap\nBag size:          1.1 GiB\nStorage id:        mcap\n"
       "Duration:          288.130s\nMessages:          497115"),
    sh("ck.c4.a", 21, "ros2 topic echo --once /gps/fix",
       "header:\n  frame_id: gps_link\nstatus:\n  status: 2\n  service: 1\nlatitude: 51.7592418\n"
       "longitude: -1.2569037\naltitude: 64.311\nposition_covariance_type: 2"),
    sh("ck.c4.d", 21, "ros2 topic echo --once /imu/data",
       "header:\n  frame_id: imu_link\norientation:\n  x: 0.0021\n  y: -0.0134\n  z: 0.7011\n  w: 0.7129"),
    commit("ck.c5.a", 12, "Set wheel_separation to 0.482 after measuring the axle\n\nOdometry turned ~8% short "
           "on the spot-turn test.", ["M src/cobble_bringup/config/controllers.yaml"]),
    commit("ck.c5.d", 5, "Add diff_drive_controller config", ["A src/cobble_bringup/config/controllers.yaml"]),
    sh("ck.c6.a", 33, "docker images cobbleknot-dev",
       "REPOSITORY       TAG     IMAGE ID       CREATED         SIZE\ncobbleknot-dev   jazzy   4be1c09a77e2   "
       "2 minutes ago   6.81GB\ncobbleknot-dev   humble  91ad03e5b6f0   5 weeks ago     5.24GB"),
    sh("ck.c6.d", 33, "docker build -t cobbleknot-dev:jazzy -f docker/Dockerfile.dev .",
       " => [4/7] RUN rosdep install --from-paths src --ignore-src -y   212.4s\n => exporting to image   9.8s\n"
       " => => naming to docker.io/library/cobbleknot-dev:jazzy"),

    # ---------------- knowledge_update
    commit("ck.k1.o1", 0, "Dev container on ROS 2 Humble / Ubuntu 22.04 (Jetson Orin Nano, JetPack 6)",
           ["A docker/Dockerfile.dev", "A README.md"]),
    note("ck.k1.n", 32, "We are on ROS 2 Jazzy and Ubuntu 24.04 now: Humble's Nav2 lacks the route server we "
         "want, and the Orin image has been rebuilt on 24.04."),
    note("ck.k2.o1", 10, "Max mowing speed in the rows: 0.4 m/s."),
    edit("ck.k2.o2", 27, "config/nav2_params.yaml", "FollowPath max_vel_x: 0.4 -> 0.7 (mowing speed in rows)"),
    note("ck.k2.n", 46, "Mowing speed in the rows back down to 0.5 m/s (0.7 tore the grass in wet rows); "
         "0.8 m/s on the headland."),
    commit("ck.k3.o1", 5, "Orchard world for Gazebo Classic 11", ["A src/cobble_sim/worlds/orchard.world",
           "A src/cobble_sim/launch/sim.launch.py"]),
    commit("ck.k3.n", 34, "Port the orchard world to Gazebo Harmonic (gz sim) with ros_gz_bridge",
           ["D src/cobble_sim/worlds/orchard.world", "A src/cobble_sim/worlds/orchard.sdf",
            "M src/cobble_sim/launch/sim.launch.py"]),
    commit("ck.k4.o1", 8, "Field recordings: ros2 bag record with the default sqlite3 storage",
           ["A scripts/record_field.sh"]),
    note("ck.k4.n", 23, "Field recordings are mcap with zstd now; sqlite3 bags were corrupt twice after the "
         "battery cut out."),
    note("ck.k5.o1", 12, "Mowing days: Tuesday and Friday mornings, 7 to 10."),
    note("ck.k5.n", 38, "Mowing days now: Wednesday mornings only, plus Saturday after the volunteer session."),
    edit("ck.k6.o1", 15, "config/mission.yaml", "return_to_dock_at_battery: 0.25"),
    commit("ck.k6.n", 41, "Return to dock at 35% battery\n\nOn cold mornings the pack sagged from 25% to cutoff "
           "on the slope.", ["M config/mission.yaml"]),
    note("ck.k7.o1", 6, "RTK corrections: the free RTK2go caster, mount point near Witney (~9 km baseline)."),
    commit("ck.k7.n", 29, "RTK corrections from our own base station\n\nSecond F9P on the shed roof, streamed "
           "with str2str; baseline is now under 200 m.", ["M scripts/ntrip.sh", "M config/gps.yaml"]),

    # ---------------- first_attempt
    commit("ck.f1.a", 3, "Follow rows with pure pursuit on GPS waypoints",
           ["A src/cobble_nav/src/row_follower.cpp"]),
    commit("ck.f1.l1", 19, "Row following from lidar trunk detection (RANSAC line fit)",
           ["M src/cobble_nav/src/row_follower.cpp", "A src/cobble_nav/src/trunk_lines.cpp"]),
    note("ck.f1.l2", 44, "Row following fuses the lidar trunk lines with GPS now; GPS alone only on the "
         "headlands."),
    note("ck.f2.a", 2, "Obstacle detection: two HC-SR04 ultrasonic sensors on the front bumper."),
    note("ck.f2.l1", 17, "Obstacles come from the Livox Mid-360 lidar now; the ultrasonic node is gone."),
    commit("ck.f3.a", 4, "Drive wheels through an ODrive over USB (odrive_ros2_control)",
           ["A src/cobble_hw/urdf/cobble.ros2_control.xacro"]),
    commit("ck.f3.l1", 25, "Switch wheel drives to two VESCs on CAN\n\nThe ODrive USB link dropped out on rough "
           "ground.", ["M src/cobble_hw/urdf/cobble.ros2_control.xacro", "A src/cobble_hw/src/vesc_system.cpp"]),
    commit("ck.f4.a", 9, "CI: colcon build in a ros:humble container (no tests yet)", ["A .github/workflows/ci.yml"]),
    commit("ck.f4.l1", 26, "CI: ros-tooling/action-ros-ci with colcon test and ament_lint",
           ["M .github/workflows/ci.yml"]),
    note("ck.f5.a", 7, "Map: a hand-drawn occupancy PGM traced from the orchard plan, 10 cm cells."),
    commit("ck.f5.l1", 31, "Build the map with slam_toolbox (mapping mode)",
           ["A maps/orchard.posegraph", "A src/cobble_bringup/config/slam.yaml", "D maps/orchard_plan.pgm"]),
    note("ck.f6.a", 1, "Manual control: teleop_twist_keyboard over ssh from the laptop."),
    note("ck.f6.l1", 14, "Manual driving is joy_teleop with an Xbox pad over Bluetooth now, deadman on LB."),
    note("ck.f7.a", 11, "Battery: the 24 V lead-acid pack from the old ride-on mower."),
    commit("ck.f7.l1", 36, "Swap to a 48 V 20 Ah LiFePO4 pack with a JK BMS on CAN",
           ["A src/cobble_hw/src/bms_node.cpp", "M config/mission.yaml"]),

    # ---------------- fillers
    commit("ck.x1", (2, 12), "URDF: add deck and bumper links", ["M src/cobble_description/urdf/cobble.urdf.xacro"]),
    commit("ck.x2", (10, 30), "Launch rviz2 with a saved config", ["A src/cobble_bringup/rviz/nav.rviz"]),
    commit("ck.x3", (25, 50), "Publish mowing coverage as a nav_msgs/OccupancyGrid", ["A src/cobble_nav/src/coverage.cpp"]),
    commit("ck.x4", (40, 60), "Headland turn: three-point turn behaviour tree node",
           ["A src/cobble_nav/src/bt/three_point_turn.cpp", "M src/cobble_nav/behavior_trees/mow_row.xml"]),
    commit("ck.x5", (30, 60), "Fix typo in README launch example", ["M README.md"]),
    chat("ck.x6", (5, 30), "User: how do I remap a topic in a Python launch file?\n"
         "Assistant: Pass remappings=[('/cmd_vel', '/diff_cont/cmd_vel_unstamped')] to the Node action."),
    chat("ck.x7", (30, 58), "User: behaviour tree keeps ticking the recovery forever\n"
         "Assistant: Wrap it in a RecoveryNode with number_of_retries, and make the condition return FAILURE "
         "after the timeout.", source="cursor", files=["src/cobble_nav/behavior_trees/mow_row.xml"]),
    note("ck.x8", (10, 40), "Ask Priya whether the orchard insurance covers the robot when volunteers are on site."),
    note("ck.x9", (35, 60), "Order: spare blade bolts (M8), a second e-stop mushroom button, cable glands."),
    edit("ck.x10", (8, 30), "src/cobble_description/urdf/cobble.urdf.xacro", "Moved lidar_link 4 cm forward."),
    edit("ck.x11", (30, 60), "src/cobble_nav/behavior_trees/mow_row.xml", "Added a PauseIfPersonNear decorator."),
    file("ck.x12", (20, 50), "src/cobble_bringup/launch/bringup.launch.py",
         "return LaunchDescription([robot_state_publisher, controller_manager, ekf_node, navsat_node, nav2])"),
]

POOL = [
    pool("git status -sb", "## main...origin/main", w=3),
    pool("source install/setup.bash", "", w=3),
    pool("colcon build --symlink-install", "Summary: 6 packages finished [58.3s]", w=3),
    pool("colcon build --symlink-install", "--- stderr: cobble_nav\n/home/dev/cobble_ws/src/cobble_nav/src/"
         "coverage.cpp:88:3: error: 'grid_' was not declared in this scope\nFailed   <<< cobble_nav",
         exit=1, lo=25, hi=50),
    pool("ros2 launch cobble_sim sim.launch.py", "[INFO] [gzserver-1]: process started with pid [4121]",
         lo=5, hi=33, w=2),
    pool("ros2 launch cobble_sim sim.launch.py", "[INFO] [gz-1]: process started with pid [3310]\n"
         "[INFO] [parameter_bridge-2]: Creating GZ->ROS Bridge: [/scan (gz.msgs.LaserScan) -> /scan]",
         lo=34, hi=60, w=2),
    pool("ros2 launch cobble_bringup bringup.launch.py", "[INFO] [ekf_node-3]: process started", w=2),
    pool("ros2 node list", "/controller_manager\n/ekf_filter_node\n/navsat_transform\n/bt_navigator\n/planner_server"),
    pool("ros2 topic list | grep cmd_vel", "/cmd_vel\n/diff_cont/cmd_vel_unstamped"),
    pool("ros2 control list_controllers", "diff_cont          diff_drive_controller/DiffDriveController  active\n"
         "joint_broad        joint_state_broadcaster/JointStateBroadcaster  active"),
    pool("ros2 run tf2_tools view_frames", "Generating graph in frames.pdf file..."),
    pool("ssh orin@cobble-orin.example.com", "", w=2),
    pool("ros2 bag record -a -o bags/test", "[INFO] [rosbag2_recorder]: Recording...", lo=0, hi=22),
    pool("ros2 bag record -s mcap --compression-mode file --compression-format zstd -a -o bags/test",
         "[INFO] [rosbag2_recorder]: Recording...", lo=23, hi=60),
    pool("rviz2 -d src/cobble_bringup/rviz/nav.rviz", "", lo=10, hi=60),
    pool("rosdep install --from-paths src --ignore-src -y", "#All required rosdeps installed successfully"),
    pool("colcon test --packages-select cobble_nav && colcon test-result --verbose",
         "Summary: 23 tests, 0 errors, 0 failures, 0 skipped", lo=26, hi=60),
    pool("candump can0 | head -3", "  can0  0A0   [8]  00 64 00 00 00 00 00 00", lo=25, hi=60),
    pool("ros2 daemon stop; ros2 daemon start", "The daemon has been stopped\nThe daemon has been started"),
]

QUESTIONS = [
    q("paraphrase", PROJECT, "Why did the mower drift sideways as it went down the tree rows?", ["ck.p1.a"],
      distractors=["ck.p1.d"], note="EKF fused IMU yaw as absolute without magnetometer; now relative."),
    q("paraphrase", PROJECT, "What made the robot freeze for about a second every so often?", ["ck.p2.a"],
      distractors=["ck.p2.d"], note="Single-threaded executor blocked by late scans; separate callback group."),
    q("paraphrase", PROJECT, "Why did it think it was in the next field over after a reboot?", ["ck.p3.a"],
      distractors=["ck.p3.d"], note="navsat datum from the first (float) fix after a cold start."),
    q("paraphrase", PROJECT, "Why did the blades keep spinning after someone hit the emergency button?",
      ["ck.p4.a"], distractors=["ck.p4.d"], note="E-stop zeroed wheels only; deck motor now cut on deactivate."),
    q("paraphrase", PROJECT, "Why did the sim crawl along so badly on my machine?", ["ck.p5.a"],
      distractors=["ck.p5.d"], note="Gazebo on software GL (llvmpipe); PRIME offload fixes it."),
    q("paraphrase", PROJECT, "Why did it keep bumping into the young saplings?", ["ck.p6.a"],
      distractors=["ck.p6.d"], note="Obstacle layer min height filtered thin trunks; lowered to 0.05."),
    q("command_fact", PROJECT, "Which file and line stopped the nav package from compiling?", ["ck.c1.a"],
      distractors=["ck.c1.d"], keys=["row_follower.cpp:57"], note="colcon build stderr."),
    q("command_fact", PROJECT, "How often was the lidar actually publishing when I measured it?", ["ck.c2.a"],
      distractors=["ck.c2.d"], keys=["9.874"], note="ros2 topic hz /scan."),
    q("command_fact", PROJECT, "How long was the recording I took along row 7?", ["ck.c3.a"],
      distractors=["ck.c3.d"], keys=["612.408s"], note="ros2 bag info duration."),
    q("command_fact", None, "What height above sea level did the orchard mower's GPS report when I checked it?",
      ["ck.c4.a"], distractors=["ck.c4.d"], keys=["64.311"], note="ros2 topic echo /gps/fix altitude."),
    q("command_fact", PROJECT, "What distance between the wheels did we set in the drive controller after measuring?",
      ["ck.c5.a"], distractors=["ck.c5.d"], keys=["0.482"], note="Commit setting wheel_separation 0.482."),
    q("command_fact", PROJECT, "How big did the dev container image get after the distro switch?", ["ck.c6.a"],
      distractors=["ck.c6.d"], keys=["6.81GB"], note="docker images output for the jazzy tag."),
    q("knowledge_update", PROJECT, "Which ROS 2 distribution are we on these days?", ["ck.k1.n"],
      outdated=["ck.k1.o1"], note="Humble -> Jazzy."),
    q("knowledge_update", PROJECT, "How fast is the mower allowed to go in the rows at the moment?", ["ck.k2.n"],
      outdated=["ck.k2.o1", "ck.k2.o2"], note="0.4 -> 0.7 -> 0.5 m/s."),
    q("knowledge_update", PROJECT, "Which simulator does the orchard world run in now?", ["ck.k3.n"],
      outdated=["ck.k3.o1"], note="Gazebo Classic -> Gazebo Harmonic."),
    q("knowledge_update", PROJECT, "What format are the field recordings saved in these days?", ["ck.k4.n"],
      outdated=["ck.k4.o1"], note="sqlite3 -> mcap."),
    q("knowledge_update", None, "Which days does the orchard mower go out on now?", ["ck.k5.n"],
      outdated=["ck.k5.o1"], note="Tue/Fri -> Wed + Sat."),
    q("knowledge_update", PROJECT, "At what battery level does it head back to the dock these days?", ["ck.k6.n"],
      outdated=["ck.k6.o1"], note="25% -> 35%."),
    q("knowledge_update", PROJECT, "Where do the RTK corrections come from now?", ["ck.k7.n"],
      outdated=["ck.k7.o1"], note="RTK2go caster -> own base station."),
    q("first_attempt", PROJECT, "How did the mower first keep itself lined up in a row?", ["ck.f1.a"],
      outdated=["ck.f1.l1", "ck.f1.l2"], note="Pure pursuit on GPS waypoints, then lidar trunk lines, then fusion."),
    q("first_attempt", PROJECT, "What did we start with for spotting obstacles?", ["ck.f2.a"],
      outdated=["ck.f2.l1"], note="Ultrasonic sensors, then the Livox lidar."),
    q("first_attempt", PROJECT, "What was driving the wheels originally?", ["ck.f3.a"],
      outdated=["ck.f3.l1"], note="ODrive over USB, then VESCs on CAN."),
    q("first_attempt", PROJECT, "What did the CI job do initially?", ["ck.f4.a"],
      outdated=["ck.f4.l1"], note="Build only in ros:humble; tests + lint later."),
    q("first_attempt", PROJECT, "Where did the navigation map come from at the very start?", ["ck.f5.a"],
      outdated=["ck.f5.l1"], note="Hand-drawn PGM, then slam_toolbox."),
    q("first_attempt", PROJECT, "How did we drive it by hand before we had the game pad?", ["ck.f6.a"],
      outdated=["ck.f6.l1"], note="teleop_twist_keyboard over ssh, then joy_teleop."),
    q("first_attempt", None, "What battery did the orchard robot begin with?", ["ck.f7.a"],
      outdated=["ck.f7.l1"], note="24 V lead-acid, then 48 V LiFePO4."),
]
