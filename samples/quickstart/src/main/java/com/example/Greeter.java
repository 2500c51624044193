package com.example;

/** The sample's only class: something to release. */
public final class Greeter {

    private Greeter() {
    }

    public static String greet(String name) {
        return "Hello, " + name + "!";
    }
}
