package it.example;

/** Says hello. */
public final class Greeter {
    private Greeter() {
    }

    public static String greet(String name) {
        return "Hello, " + name.trim() + "!";
    }
}
