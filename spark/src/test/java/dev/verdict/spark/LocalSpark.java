package dev.verdict.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A local Spark session for tests, on two threads, with tiny file partitions so that even a
 * small history is read as several partitions (the blocks merged in order are then tested).
 * One per test class: a session takes seconds to start.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder().master("local[2]").appName("verdict-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.files.maxPartitionBytes", "4096")
                .config("spark.sql.files.openCostInBytes", "0")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }
}
