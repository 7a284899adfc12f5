package org.jiceng.platform.volunteer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiceng.platform.shared.domain.RuleViolation;
import org.jiceng.platform.shared.domain.StateConflict;

import java.time.OffsetDateTime;

/** 积分兑换: something points buy (a canteen meal voucher, goods), at a price, while stock lasts. */
@Entity
@Table(name = "reward")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id")
public class Reward {
    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private int price;
    @Column(nullable = false)
    private int stock;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Reward() {
    }

    public Reward(String id, String name, int price, int stock, OffsetDateTime now) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "1-100 characters");
        }
        if (price < 1 || price > 1_000_000) {
            throw new RuleViolation("price", "1 to 1000000 points");
        }
        if (stock < 0) {
            throw new RuleViolation("stock", "zero or more");
        }
        this.id = id;
        this.name = name.strip();
        this.price = price;
        this.stock = stock;
        this.active = true;
        this.version = 1;
        this.createdAt = now;
    }

    /** Hands one out: stock never goes below zero. */
    void takeOne() {
        if (!active) {
            throw new StateConflict("reward " + name + " is withdrawn");
        }
        if (stock == 0) {
            throw new StateConflict("reward " + name + " is out of stock");
        }
        stock--;
        version++;
    }

    public void restock(int more) {
        if (more < 1) {
            throw new RuleViolation("quantity", "one or more");
        }
        stock += more;
        version++;
    }

    public String id() { return id; }
    public String name() { return name; }
    public int price() { return price; }
    public int stock() { return stock; }
    public boolean active() { return active; }
    public void requireVersion(long expected) {
        org.jiceng.platform.shared.domain.VersionMismatch.check(expected, version);
    }

    public OffsetDateTime createdAt() { return createdAt; }
    public long version() { return version; }
}
